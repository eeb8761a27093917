package io.newsflow.app.kafka;

import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a whole topic, from the beginning to its end when called, under read_committed, without a consumer group. */
public final class TopicReader {

    private TopicReader() {}

    /** Settings of a consumer without a group that sees committed records only and takes the largest records. */
    public static Map<String, Object> consumerProperties(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        return props;
    }

    /** Assigns every partition of {@code topic} from its beginning; returns the partitions' end offsets now. */
    public static Map<TopicPartition, Long> assignFromBeginning(Consumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer.endOffsets(partitions);
    }

    /**
     * How many committed records {@code topic} holds now. Offsets overcount them: every transaction leaves a commit
     * marker at an offset of its own, so the records are read (as bytes, not decoded) and counted.
     */
    public static long count(Map<String, Object> client, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(client),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, Long> ends = assignFromBeginning(consumer, topic);
            long count = 0;
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }

    /** Every committed record of {@code topic} up to its current end. */
    public static <V> List<ConsumerRecord<String, V>> readAll(Map<String, Object> client, Topic<String, V> topic) {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(consumerProperties(client),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            Map<TopicPartition, Long> ends = assignFromBeginning(consumer, topic.name());
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
