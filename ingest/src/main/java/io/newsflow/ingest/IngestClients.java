package io.newsflow.ingest;

import io.newsflow.schemas.Topics;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Builds ingest's three Kafka clients over the operator's settings ({@link IngestClientConfig}). They move bytes
 * only: each topic's records are (de)serialised with that topic's own serde where they are made or read.
 */
final class IngestClients {

    private IngestClients() {}

    /** The producer of raw articles, fetch states, frontier entries and dead letters. */
    static Producer<byte[], byte[]> producer(Map<String, Object> clientProperties) {
        return new KafkaProducer<>(IngestClientConfig.producer(clientProperties), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    /** The reader of the fetch-state topic, which every instance reads whole. */
    static Consumer<byte[], byte[]> fetchStateReader(Map<String, Object> clientProperties) {
        return new KafkaConsumer<>(IngestClientConfig.consumer(clientProperties), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    /** The frontier reader, a member of the fetchers' group: the group shares the hosts out among the instances. */
    static Consumer<byte[], byte[]> frontierReader(Map<String, Object> clientProperties, Topics topics,
            IngestConfig config) {
        return new KafkaConsumer<>(IngestClientConfig.frontierConsumer(clientProperties, fetchersGroup(topics),
                config.frontierBatch()), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The ingest instances' consumer group, named after the frontier topic: each topic prefix has its own. */
    static String fetchersGroup(Topics topics) {
        return topics.frontier().name() + "-fetch";
    }
}
