package io.newsflow.app.cli;

import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.Progress;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.ingest.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow run}: runs the stages against a cluster or the embedded broker. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run ingest, enrich and publish (or the stages chosen with --stage) in this process.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--config", paramLabel = "FILE", description = "Settings and sources (YAML or .properties).")
    Path config;

    @Option(names = "--stage", split = ",", paramLabel = "STAGE",
            description = "Stages to run: ${COMPLETION-CANDIDATES} (default: all).")
    Set<StageName> stages = EnumSet.allOf(StageName.class);

    @Option(names = "--until-idle", description = "Exit once the sources are drained and nothing moved for a while.")
    boolean untilIdle;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "With --until-idle: give up after this long (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, String> settings = settings(SettingsSource.load(config, System.getenv()), kafka, config);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        if (!untilIdle) {
            // SIGTERM/Ctrl-C: ask the main thread to stop, and hold the JVM until the stages have closed cleanly
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopRequested.countDown();
                awaitQuietly(stopped, Duration.ofSeconds(60));
            }, "newsflow-shutdown"));
        }
        try (KafkaTarget target = KafkaTarget.open(kafka);
                Pipeline pipeline = new Pipeline(settings, target.bootstrapServers(), stages, !untilIdle)) {
            if (!untilIdle) {
                while (!awaitQuietly(stopRequested, Duration.ofSeconds(1))) {
                    pipeline.failIfDead();
                }
                return 0;
            }
            IngestReport ingested = pipeline.drainSources().orElse(null);
            Progress progress = pipeline.awaitIdle(timeout);
            if (ingested != null) {
                out.print(ingestTable(ingested));
            }
            out.print(topicTable(progress));
            out.flush();
            return 0;
        } finally {
            stopped.countDown();
        }
    }

    /** The operator's settings, with local stream state under the data directory unless configured elsewhere. */
    static Map<String, String> settings(Map<String, String> loaded, KafkaOptions kafka, Path config) {
        Map<String, String> settings = new HashMap<>(loaded);
        Path streams = kafka.dataDir().resolve("streams").toAbsolutePath();
        settings.putIfAbsent("enrich.state.dir", streams.resolve("enrich").toString());
        settings.putIfAbsent("publish.state.dir", streams.resolve("publish").toString());
        if (config != null && config.toAbsolutePath().getParent() != null) {
            // relative paths in the config file (URL lists) mean relative to the file
            settings.putIfAbsent("ingest.base.dir", config.toAbsolutePath().getParent().toString());
        }
        return settings;
    }

    /** The ingest report as a table: one line per outcome, then the totals. */
    static String ingestTable(IngestReport report) {
        StringBuilder table = new StringBuilder(String.format("%nINGEST  %-24s %8s%n", "outcome", "URLs"));
        new TreeMap<>(report.outcomes()).forEach((outcome, count) ->
                table.append(String.format("        %-24s %8d%n", outcome, count)));
        table.append(String.format("        %-24s %8d%n", "(discovered)", report.discovered()));
        table.append(String.format("        %-24s %8d%n", "(published)", report.published()));
        table.append(String.format("        %-24s %8d%n", "(dead-lettered)", report.deadLettered()));
        return table.toString();
    }

    private static String topicTable(Progress progress) {
        StringBuilder table = new StringBuilder(String.format("%nTOPICS  %-40s %8s%n", "topic", "records"));
        new TreeMap<>(progress.records()).forEach((topic, count) ->
                table.append(String.format("        %-40s %8d%n", topic, count)));
        return table.toString();
    }

    private static boolean awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
