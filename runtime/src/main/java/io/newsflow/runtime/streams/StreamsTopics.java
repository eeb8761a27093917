package io.newsflow.runtime.streams;

import io.newsflow.schemas.Topic;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * How a Kafka Streams topology reads and writes a {@link Topic} with the topic's own serdes. It lives here, not on
 * {@code Topic}, so that the {@code schemas} artifact consumers depend on needs no Kafka Streams.
 */
public final class StreamsTopics {

    private StreamsTopics() {}

    /** How a topology reads {@code topic}; the processor is named after the topic. */
    public static <K, V> Consumed<K, V> consumed(Topic<K, V> topic) {
        return Consumed.with(topic.keySerde(), topic.valueSerde()).withName("read-" + topic.name());
    }

    /** How a topology writes {@code topic}; the processor is named after the topic. */
    public static <K, V> Produced<K, V> produced(Topic<K, V> topic) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName("write-" + topic.name());
    }
}
