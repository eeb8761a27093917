package io.newsflow.publish;

import io.newsflow.publish.route.Route;
import io.newsflow.publish.route.RouteSettings;
import io.newsflow.publish.route.TopicTemplate;
import io.newsflow.runtime.config.KnownKeys;
import io.newsflow.runtime.config.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The publish app's settings, read from the {@code publish.*} keys over {@code defaults.properties}.
 *
 * @param applicationId Kafka Streams application id
 * @param streamThreads Kafka Streams threads in this instance
 * @param stateDir directory for Kafka Streams state; null for Kafka Streams' default
 * @param routes the configured routes ({@code publish.routes}), in configuration order
 */
public record PublishConfig(String applicationId, int streamThreads, @Nullable Path stateDir, List<Route> routes) {

    /** Freezes the routes. */
    public PublishConfig {
        routes = List.copyOf(routes);
    }

    /** The {@code publish.*} keys this config reads: those {@code defaults.properties} documents, and the routes. */
    public static KnownKeys keys() {
        return Settings.keys(PublishConfig.class, "defaults.properties", RouteSettings.PREFIX);
    }

    /**
     * The same settings for a reprocessing into output version {@code version}: under another application id, each
     * route writing the {@code version} of its topic ({@link TopicTemplate#withVersion}).
     */
    public PublishConfig forOutputVersion(String id, String version) {
        return new PublishConfig(id, streamThreads, stateDir, routes.stream()
                .map(route -> new Route(route.name(), route.topic().withVersion(version), route.format(), route.when()))
                .toList());
    }

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException listing every invalid value, one line per bad route problem
     */
    public static PublishConfig load(Map<String, String> settings) {
        Settings s = Settings.of(PublishConfig.class, "defaults.properties", settings);
        PublishConfig config = new PublishConfig(
                s.string("publish.application.id"),
                s.threads("publish.stream.threads", 64),
                s.optional("publish.state.dir").map(Path::of).orElse(null),
                RouteSettings.read(s));
        s.validate("publish");
        return config;
    }
}
