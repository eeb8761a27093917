package io.newsflow.app.pipeline;

import io.newsflow.schemas.Topics;
import io.newsflow.runtime.config.KnownKeys;
import io.newsflow.runtime.config.Settings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Settings shared by every stage run from the {@code newsflow} command: topic names and sizes, Kafka client
 * pass-through ({@code kafka.*}), and how long the pipeline must be quiet to count as idle.
 *
 * @param topicPrefix first part of every topic name
 * @param partitions partitions each topic is created with
 * @param replicationFactor replication factor each topic is created with, -1 for the broker default
 * @param kafka client settings passed through verbatim (bootstrap.servers, security.protocol, ...)
 * @param idleAfter how long nothing may move before {@code --until-idle} stops
 * @param instanceId this process's stable name among the instances of its stages, for Kafka's static group
 *     membership; empty for dynamic membership
 * @param httpPort port of {@code /metrics} and {@code /health}; 0 for none
 */
public record NewsflowConfig(String topicPrefix, int partitions, short replicationFactor, Map<String, String> kafka,
        Duration idleAfter, Optional<String> instanceId, int httpPort) {

    /** The shared keys: those {@code defaults.properties} documents, and anything under {@code kafka.}. */
    public static KnownKeys keys() {
        return Settings.keys(NewsflowConfig.class, "defaults.properties", "kafka.");
    }

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException listing every invalid value
     */
    public static NewsflowConfig load(Map<String, String> settings) {
        Settings s = Settings.of(NewsflowConfig.class, "defaults.properties", settings);
        NewsflowConfig config = new NewsflowConfig(
                s.string("topics.prefix"),
                s.integer("topics.partitions", 1, 10_000),
                (short) s.integer("topics.replication.factor", -1, Short.MAX_VALUE),
                s.withPrefix("kafka."),
                s.duration("pipeline.idle.after"),
                s.optional("pipeline.instance.id"),
                s.integer("http.port", 0, 65_535));
        s.validate("newsflow");
        return config;
    }

    /** The topics under the configured prefix and sizes. */
    public Topics topics() {
        return Topics.of(topicPrefix, partitions, replicationFactor);
    }

    /**
     * The client properties of one Kafka Streams stage: with an instance id, its main consumer joins the group as
     * the static member {@code <instance id>-<stage>} (Kafka Streams appends the thread index). A restarted static
     * member takes its partitions back at once instead of waiting for the coordinator to time the dead one out
     * ({@code session.timeout.ms}, 45 s by default), during which those partitions would stand still.
     */
    public Map<String, Object> streamsClientProperties(Map<String, Object> client, String stage) {
        Map<String, Object> properties = new HashMap<>(client);
        instanceId.ifPresent(id -> properties.put("main.consumer.group.instance.id", id + "-" + stage));
        return properties;
    }

    /** Kafka client properties: the pass-through settings with {@code bootstrap.servers} set. */
    public Map<String, Object> clientProperties(String bootstrapServers) {
        Map<String, Object> properties = new HashMap<>(kafka);
        properties.put("bootstrap.servers", bootstrapServers);
        return properties;
    }
}
