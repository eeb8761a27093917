package io.newsflow.schemas;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic of the pipeline: its name, the serdes of its keys and values, and the configs it is created with.
 *
 * @param name topic name
 * @param keySerde serde of record keys (the article id for every newsflow topic)
 * @param valueSerde serde of record values
 * @param partitions partitions to create it with
 * @param replicationFactor replication factor to create it with, or -1 for the broker default
 * @param configs topic-level configs to create it with (cleanup policy, retention, message size)
 * @param <K> key type
 * @param <V> value type
 */
public record Topic<K, V>(
        String name,
        Serde<K> keySerde,
        Serde<V> valueSerde,
        int partitions,
        short replicationFactor,
        Map<String, String> configs) {

    /** Validates and freezes the topic description. */
    public Topic {
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least one partition, got " + partitions);
        }
        configs = Map.copyOf(configs);
    }

    /** The admin-client request that creates this topic. */
    public NewTopic newTopic() {
        Optional<Short> replication = replicationFactor < 0 ? Optional.empty() : Optional.of(replicationFactor);
        return new NewTopic(name, Optional.of(partitions), replication).configs(configs);
    }
}
