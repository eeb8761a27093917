package io.newsflow.app.cli;

import io.newsflow.app.kafka.ClusterProbe;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.PipelineConfig;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.app.pipeline.StageName;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.ingest.IngestReport;
import io.newsflow.runtime.http.StatusServer;
import io.newsflow.schemas.Topic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow run}: runs the stages against a cluster or the embedded broker. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run ingest, enrich and publish (or the stages chosen with --stage) in this process.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--config", paramLabel = "FILE", description = "Settings and sources (YAML or .properties).")
    Path config;

    @Option(names = "--stage", split = ",", paramLabel = "STAGE",
            description = "Stages to run, any case: ${COMPLETION-CANDIDATES} (default: all).")
    Set<StageName> stages = EnumSet.allOf(StageName.class);

    @Option(names = "--until-idle", description = "Exit once the sources are drained and nothing moved for a while;"
            + " exit 1 when every source failed.")
    boolean untilIdle;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve /metrics and /health on this port (default: http.port, 8080; 0: off).")
    Integer httpPort;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30m",
            description = "With --until-idle: give up after this long (30s, 5m or ISO-8601; default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Backfill: read sitemap URLs and archive sitemaps dated back to DATE (2024-01-31) although"
                    + " older than ingest.sitemap.window; sets ingest.sitemap.since.")
    LocalDate since;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // every setting is checked before the embedded broker starts or any client connects
        Map<String, String> settings = settings(SettingsSource.load(config, System.getenv()), kafka, config);
        if (httpPort != null) {
            settings.put("http.port", String.valueOf(httpPort));
        }
        if (since != null) {
            settings.put("ingest.sitemap.since", since.toString());
        }
        PipelineConfig checked = PipelineConfig.load(settings, stages);
        try (KafkaTarget target = KafkaTarget.open(kafka)) {
            Map<String, Object> client = checked.newsflow().clientProperties(target.bootstrapServers());
            ClusterProbe.check(client, ClusterProbe.DEFAULT_TIMEOUT);
            return untilIdle ? runUntilIdle(checked, target.bootstrapServers(), client)
                    : new ServiceRun(checked, target).runUntilStopped();
        }
    }

    private int runUntilIdle(PipelineConfig checked, String bootstrapServers, Map<String, Object> client) {
        PrintWriter out = spec.commandLine().getOut();
        PrometheusMeterRegistry meters = ServiceRun.meters();
        try (Pipeline pipeline = new Pipeline(checked, bootstrapServers, false, meters)) {
            Optional<StatusServer> server = ServiceRun.serve(checked.newsflow().httpPort(), pipeline, meters);
            try {
                IngestReport ingested = pipeline.drainSources().orElse(null);
                pipeline.awaitIdle(timeout);
                if (ingested != null) {
                    out.print(ingestTable(ingested));
                }
                out.print(topicTable(client, pipeline));
                out.flush();
                return everySourceFailed(checked, ingested) ? NewsflowCommand.FAILED : 0;
            } finally {
                server.ifPresent(StatusServer::close);
            }
        } finally {
            meters.close();
        }
    }

    private boolean everySourceFailed(PipelineConfig checked, IngestReport ingested) {
        int sources = checked.ingest().sources().size();
        if (ingested == null || sources == 0 || ingested.count("source_failed") < sources) {
            return false;
        }
        spec.commandLine().getErr().println("run: every source failed (" + sources + " of " + sources
                + "); see the log for each source's error");
        return true;
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

    /** Records per topic, counted (not offsets, which include transaction markers). */
    private static String topicTable(Map<String, Object> client, Pipeline pipeline) {
        StringBuilder table = new StringBuilder(String.format("%nTOPICS  %-40s %8s%n", "topic", "records"));
        new TreeMap<String, Long>(pipeline.topics().all().stream().map(Topic::name)
                .collect(java.util.stream.Collectors.toMap(name -> name, name -> TopicReader.count(client, name))))
                .forEach((topic, count) -> table.append(String.format("        %-40s %8d%n", topic, count)));
        return table.toString();
    }
}
