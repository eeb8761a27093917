package io.newsflow.ingest;

import io.newsflow.schemas.Topics;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The settings of ingest's Kafka clients over the operator's: what correctness needs is set last. */
final class IngestClientConfig {

    private IngestClientConfig() {}

    /** The producer: acks from every replica, idempotent, zstd, records as large as the topics take. */
    static Map<String, Object> producer(Map<String, Object> clientProperties) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        // Records are serialised by IngestPublisher with each topic's own serde (the two topics' value types differ),
        // so the producer itself only moves bytes.
        properties.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        properties.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return properties;
    }

    /**
     * The frontier reader: a member of the fetchers' group {@code groupId}, committed records only, offsets committed
     * by ingest once a batch is done, at most {@code batch} records per poll, from the start of a partition no one
     * has committed in.
     */
    static Map<String, Object> frontierConsumer(Map<String, Object> clientProperties, String groupId, int batch) {
        Map<String, Object> properties = consumer(clientProperties);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batch);
        return properties;
    }

    /** The fetch-state reader: committed records only, no group, no offsets committed. */
    static Map<String, Object> consumer(Map<String, Object> clientProperties) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        // The fetch-state topic is read whole by every instance (assign, no group), so no offsets are committed.
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        properties.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        return properties;
    }
}
