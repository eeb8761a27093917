package io.newsflow.app.it.faults;

import io.newsflow.app.cli.NewsflowCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts one newsflow stage in a JVM of its own, as an operator would: {@code newsflow run --stage S}. */
final class StageJvm {

    private StageJvm() {}

    /**
     * Starts {@code stage} as instance {@code instance}, with its stream state under {@code dir/instance} (kept
     * across restarts of the same instance, as a volume would be).
     *
     * @param settings the settings file (topics, application ids, client security)
     */
    static ChildJvm start(String stage, String instance, String bootstrapServers, Path settings, Path dir,
            Map<String, String> env) {
        Path home = dir.resolve(stage + "-" + instance);
        java.util.Map<String, String> environment = new java.util.HashMap<>(env);
        environment.put("NEWSFLOW_PIPELINE_INSTANCE_ID", instance);
        return ChildJvm.start(stage + "-" + instance, stage.equals("enrich") ? "768m" : "256m", environment,
                dir.resolve(stage + "-" + instance + ".log"), NewsflowCommand.class.getName(),
                List.of("run", "--stage", stage.toUpperCase(java.util.Locale.ROOT), "--bootstrap-servers", bootstrapServers, "--config",
                        settings.toString(), "--data-dir", home.toString(), "--http-port", "0"));
    }
}
