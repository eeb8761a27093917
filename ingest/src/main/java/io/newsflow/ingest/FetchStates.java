package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.avro.FetchState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seen-set: the last {@link FetchState} of every normalised URL, read from the compacted fetch-state topic.
 * {@link #catchUp()} reads the topic to its end (at start, before each pass, and whenever frontier partitions are
 * handed to this instance, so that what other instances fetched, the hosts' last owners included, is seen too);
 * {@link #put} records this instance's own updates at once.
 */
final class FetchStates {

    private static final Logger LOG = LoggerFactory.getLogger(FetchStates.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Consumer<byte[], byte[]> consumer;
    private final Topic<String, FetchState> topic;
    private final Map<String, FetchState> states = new ConcurrentHashMap<>();
    private final Counter undecodable;
    private boolean assigned;

    /**
     * @param consumer a consumer without group (the app owns and closes it)
     * @param meters where {@code newsflow.ingest.fetch.state.undecodable} counts records that could not be read
     */
    FetchStates(Consumer<byte[], byte[]> consumer, Topic<String, FetchState> topic, MeterRegistry meters) {
        this.consumer = consumer;
        this.topic = topic;
        this.undecodable = Counter.builder("newsflow.ingest.fetch.state.undecodable")
                .description("fetch-state records that could not be decoded and were skipped").register(meters);
    }

    /** Reads the topic up to its current end. Called from one thread at a time (the pass). */
    void catchUp() {
        if (!assigned) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            assigned = true;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        int read = 0;
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                apply(record);
                read++;
            }
        }
        LOG.debug("fetch state caught up: {} records read, {} URLs known", read, states.size());
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        String key;
        FetchState state;
        try {
            key = topic.keySerde().deserializer().deserialize(topic.name(), record.key());
            state = record.value() == null
                    ? null
                    : topic.valueSerde().deserializer().deserialize(topic.name(), record.headers(), record.value());
        } catch (RuntimeException e) {
            // Safe to skip: without its state the URL is only fetched (conditionally) once more, and the record stays
            // on the topic for an operator to inspect. Counted so that it is not unnoticed.
            undecodable.increment();
            LOG.warn("undecodable fetch state at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.toString());
            return;
        }
        if (state == null) {
            states.remove(key); // a tombstone: an operator asked for the URL to be fetched again
        } else {
            states.put(key, state);
        }
    }

    Optional<FetchState> get(String normalisedUrl) {
        return Optional.ofNullable(states.get(normalisedUrl));
    }

    void put(FetchState state) {
        states.put(state.getUrl(), state);
    }

    int size() {
        return states.size();
    }
}
