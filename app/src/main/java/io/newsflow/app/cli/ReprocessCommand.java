package io.newsflow.app.cli;

import io.newsflow.app.kafka.ClusterProbe;
import io.newsflow.app.pipeline.PipelineConfig;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.app.reprocess.ReprocessRange;
import io.newsflow.app.reprocess.ReprocessReport;
import io.newsflow.app.reprocess.ReprocessRun;
import io.newsflow.schemas.Topics;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow reprocess}: runs the current enrich and publish over the raw topic's history into versioned topics.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {"Run the current enrich and publish over the raw topic from a point in time into versioned"
                + " output topics (<prefix>.enriched.<version>, .articles., .mentions., .stories. and the routed"
                + " topics), as their own Kafka Streams applications (<enrich id>-reprocess-<version>,"
                + " <publish id>-reprocess-<version>) beside the live pipeline, which is not touched. Exits once"
                + " everything the raw topic held at start is published.",
                "--from applies only to the first run of a version: a rerun resumes at the committed offsets of its"
                        + " applications and adds nothing already reprocessed. To start a version over, delete its"
                        + " consumer groups and topics first (docs/operators.md)."})
public final class ReprocessCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--from", required = true, paramLabel = "TIME", description = "First raw record time to"
            + " reprocess (record timestamp): 2019-03-14 or 2019-03-14T08:00:00Z.")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Skip raw records from this time on; a date alone"
            + " includes that whole day (UTC). Default: everything up to the end of the raw topic at start.")
    String to;

    @Option(names = "--output-version", required = true, paramLabel = "VERSION",
            description = "Version of the output topics and application ids: v2, v3, ...")
    String version;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReprocessRange range = range();
        // every setting is checked before the embedded broker starts or any client connects
        Map<String, String> settings = RunCommand.settings(SettingsSource.load(cluster.config, System.getenv()),
                cluster.kafka(), cluster.config);
        PipelineConfig config = PipelineConfig.load(settings, EnumSet.of(StageName.ENRICH, StageName.PUBLISH));
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaTarget target = KafkaTarget.open(cluster.kafka())) {
            ClusterProbe.check(config.newsflow().clientProperties(target.bootstrapServers()),
                    ClusterProbe.DEFAULT_TIMEOUT);
            ReprocessReport report = ReprocessRun.run(config, target.bootstrapServers(), range, line -> {
                out.println(line);
                out.flush();
            });
            out.println(report.summary());
            out.flush();
        }
        return 0;
    }

    /** The checked arguments. */
    ReprocessRange range() {
        try {
            Topics.DEFAULT.withOutputVersion(version);
            return new ReprocessRange(TimeOption.parse("--from", from, false),
                    Optional.ofNullable(to).map(value -> TimeOption.parse("--to", value, true)), version);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

}
