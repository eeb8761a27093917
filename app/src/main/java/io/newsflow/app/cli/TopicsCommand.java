package io.newsflow.app.cli;

import io.newsflow.app.kafka.ClusterProbe;
import io.newsflow.app.kafka.TopicCreator;
import io.newsflow.app.pipeline.NewsflowConfig;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.PipelineConfig;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.schemas.Topic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow topics}: creates the missing topics with their configs and lists them. */
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description =
                "Create the pipeline's topics that are missing, with their partitions and configs, and list them.")
public final class TopicsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--config", paramLabel = "FILE", description = "Settings (topic prefix, partitions, kafka.*).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        kafka.requireExplicit(spec.commandLine());
        NewsflowConfig settings = PipelineConfig.load(SettingsSource.load(config, System.getenv()),
                Pipeline.allStages()).newsflow();
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaTarget target = KafkaTarget.open(kafka);
                Admin admin = Admin.create(settings.clientProperties(target.bootstrapServers()))) {
            ClusterProbe.check(settings.clientProperties(target.bootstrapServers()), ClusterProbe.DEFAULT_TIMEOUT);
            TopicCreator.createMissing(admin, settings.topics());
            for (Topic<String, ?> topic : settings.topics().all()) {
                out.printf(
                        "%-28s partitions=%d %s%n",
                        topic.name(), topic.partitions(), new java.util.TreeMap<>(topic.configs()));
            }
            return 0;
        }
    }
}
