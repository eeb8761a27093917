package io.newsflow.publish.route;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * A record on its way to a topic chosen per record: the topic and the value already encoded (Avro or JSON), or null
 * for a tombstone. One sink with a topic-name extractor writes them all, whatever their format.
 *
 * @param topic where it goes
 * @param value the encoded value; null deletes the key there
 */
public record RoutedRecord(String topic, byte @Nullable [] value) {

    /**
     * Writes the encoded value as it is (null as a tombstone). Nothing reads routed records back inside the topology,
     * so there is no deserializer.
     */
    public static Serde<RoutedRecord> serde() {
        Serializer<RoutedRecord> serializer = (topic, record) -> record == null ? null : record.value();
        Deserializer<RoutedRecord> deserializer = (topic, bytes) -> {
            throw new UnsupportedOperationException("routed records are written, never read, by the topology");
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
