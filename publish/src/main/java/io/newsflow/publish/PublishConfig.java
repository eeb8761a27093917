package io.newsflow.publish;

import io.newsflow.runtime.config.KnownKeys;
import io.newsflow.runtime.config.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The publish app's settings, read from the {@code publish.*} keys over {@code defaults.properties}.
 *
 * @param applicationId Kafka Streams application id
 * @param streamThreads Kafka Streams threads in this instance
 * @param stateDir directory for Kafka Streams state; null for Kafka Streams' default
 */
public record PublishConfig(String applicationId, int streamThreads, @Nullable Path stateDir) {

    /** The {@code publish.*} keys this config reads (those {@code defaults.properties} documents). */
    public static KnownKeys keys() {
        return Settings.keys(PublishConfig.class, "defaults.properties");
    }

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException listing every invalid value
     */
    public static PublishConfig load(Map<String, String> settings) {
        Settings s = Settings.of(PublishConfig.class, "defaults.properties", settings);
        PublishConfig config = new PublishConfig(
                s.string("publish.application.id"),
                s.integer("publish.stream.threads", 1, 64),
                s.optional("publish.state.dir").map(Path::of).orElse(null));
        s.validate("publish");
        return config;
    }
}
