package io.newsflow.ingest.publish;

import io.newsflow.runtime.deadletter.DeadLetterWriter;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchState;
import io.newsflow.schemas.avro.FrontierEntry;
import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Sends RawArticles (and tombstones of removed ones), fetch states, frontier entries and DeadLetters, serialised with
 * the topics' own serdes, and remembers the first send the broker refused so that {@link #flush()} fails instead of the
 * loss going unnoticed.
 *
 * <p>One byte-array producer serves both topics, whose value types differ. Thread-safe.
 */
public final class IngestPublisher {

    private final Producer<byte[], byte[]> producer;
    private final Topic<String, RawArticle> rawArticles;
    private final Topic<String, DeadLetter> deadLetters;
    private final DeadLetterWriter writer;
    private final Topic<String, FetchState> fetchStates;
    private final Topic<String, FrontierEntry> frontier;
    private final AtomicReference<@Nullable PublishException> failure = new AtomicReference<>();

    /**
     * @param producer the producer; the caller owns (and closes) it
     * @param topics where to publish
     * @param writer how dead letters are written (headers, counting)
     */
    public IngestPublisher(Producer<byte[], byte[]> producer, Topics topics, DeadLetterWriter writer) {
        this.producer = producer;
        this.rawArticles = topics.rawArticles();
        this.deadLetters = topics.deadLetters();
        this.fetchStates = topics.fetchStates();
        this.frontier = topics.frontier();
        this.writer = writer;
    }

    /**
     * Sends {@code article} keyed by its id, with its fetch time as the record timestamp.
     *
     * @return completes when the broker acknowledged it (a refusal also fails the next {@link #flush()})
     */
    public Future<RecordMetadata> publish(RawArticle article) {
        return send(rawArticles, article.getId(), article, article.getFetchedAt().toEpochMilli(), new RecordHeaders());
    }

    /**
     * Sends a tombstone (a null value) under {@code articleId}: the article's page is gone, and enrich and publish
     * remove it downstream.
     *
     * @return completes when the broker acknowledged it (a refusal also fails the next {@link #flush()})
     */
    public Future<RecordMetadata> remove(String articleId, Instant at) {
        return send(rawArticles, articleId, null, at.toEpochMilli(), new RecordHeaders());
    }

    /** Sends a URL's fetch state to the compacted fetch-state topic, keyed by the normalised URL. */
    public void recordState(FetchState state) {
        send(fetchStates, state.getUrl(), state, state.getFetchedAt().toEpochMilli(), new RecordHeaders());
    }

    /**
     * Sends a candidate URL to the frontier topic, keyed by its host so that all URLs of a host share a partition
     * (and so an owner).
     */
    public void offer(String host, FrontierEntry entry, Instant at) {
        send(frontier, host, entry, at.toEpochMilli(), new RecordHeaders());
    }

    /** Sends the DeadLetter for {@code failure} through the {@link DeadLetterWriter}, with its headers. */
    public void deadLetter(IngestFailure failure) {
        byte[] key = deadLetters.keySerde().serializer().serialize(deadLetters.name(), failure.key());
        send(
                deadLetters.name(),
                failure.key(),
                writer.record(
                        key,
                        RecordFactory.deadLetter(failure),
                        failure.exception(),
                        failure.failedAt().toEpochMilli()));
    }

    /**
     * Waits until every record sent so far is acknowledged.
     *
     * @throws PublishException for the first record the broker refused, now or in an earlier pass
     */
    public void flush() {
        producer.flush();

        PublishException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    private <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, @Nullable V value, long timestamp,
            Headers headers) {
        byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), headers, key);
        byte[] valueBytes = topic.valueSerde().serializer().serialize(topic.name(), headers, value);
        return send(
                topic.name(), key, new ProducerRecord<>(topic.name(), null, timestamp, keyBytes, valueBytes, headers));
    }

    private Future<RecordMetadata> send(String topic, String key, ProducerRecord<byte[], byte[]> record) {
        return producer.send(record, (metadata, exception) -> {
            if (exception != null) {
                failure.compareAndSet(null, new PublishException(topic, key, exception));
            }
        });
    }
}
