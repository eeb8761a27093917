package io.newsflow.app.cli;

import io.newsflow.app.pipeline.NewsflowConfig;
import io.newsflow.app.pipeline.SettingsSource;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of a command that reads newsflow's topics: where the cluster is, and the settings file that names the
 * topics and the client settings.
 */
public final class ClusterOptions {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--config", paramLabel = "FILE", description = "Settings (topic prefix, kafka.* client settings).")
    Path config;

    /** Where the cluster is. */
    public KafkaOptions kafka() {
        return kafka;
    }

    /** The settings from the file and the environment. */
    public NewsflowConfig settings() {
        return NewsflowConfig.load(SettingsSource.load(config, System.getenv()));
    }
}
