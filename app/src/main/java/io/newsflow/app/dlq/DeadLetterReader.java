package io.newsflow.app.dlq;

import io.newsflow.app.kafka.TopicReader;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.avro.DeadLetter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the dead-letter topic from its beginning to its end as of the call, committed records only, one record at a
 * time (dead letters hold whole pages, so they are never all kept in memory).
 */
public final class DeadLetterReader {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterReader.class);

    private DeadLetterReader() {}

    /** Hands every dead letter to {@code each}, in partition and offset order within each partition. */
    public static void forEach(
            Map<String, Object> client, Topic<String, DeadLetter> topic, Consumer<StoredDeadLetter> each) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(TopicReader.consumerProperties(client),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, Long> ends = TopicReader.assignFromBeginning(consumer, topic.name());
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    each.accept(new StoredDeadLetter(record.partition(), record.offset(),
                            Instant.ofEpochMilli(record.timestamp()), record.key(), decode(topic, record),
                            record.headers()));
                }
            }
        }
    }

    private static @Nullable DeadLetter decode(Topic<String, DeadLetter> topic, ConsumerRecord<byte[], byte[]> record) {
        try {
            return topic.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            // a record some other tool wrote: listed as undecodable and never re-driven, so skipping it loses nothing
            LOG.warn(
                    "dead-letter record {}:{} is not a DeadLetter: {}",
                    record.partition(),
                    record.offset(),
                    e.getMessage());
            return null;
        }
    }
}
