package io.newsflow.ingest.publish;

import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchState;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Sends RawArticles and DeadLetters, serialised with the topics' own serdes, and remembers the first send the broker
 * refused so that {@link #flush()} fails instead of the loss going unnoticed.
 *
 * <p>One byte-array producer serves both topics, whose value types differ. Thread-safe.
 */
public final class IngestPublisher {

    /** Header with the exception class, as Kafka Streams' dead-letter queue writes it. */
    public static final String HEADER_EXCEPTION = "__streams.errors.exception";
    /** Header with the exception message. */
    public static final String HEADER_MESSAGE = "__streams.errors.message";
    /** Header with the exception's stack trace. */
    public static final String HEADER_STACKTRACE = "__streams.errors.stacktrace";

    private static final int MAX_CAUSES = 10;

    private final Producer<byte[], byte[]> producer;
    private final Topic<String, RawArticle> rawArticles;
    private final Topic<String, DeadLetter> deadLetters;
    private final Topic<String, FetchState> fetchStates;
    private final AtomicReference<@Nullable PublishException> failure = new AtomicReference<>();

    /**
     * @param producer the producer; the caller owns (and closes) it
     * @param topics where to publish
     */
    public IngestPublisher(Producer<byte[], byte[]> producer, Topics topics) {
        this.producer = producer;
        this.rawArticles = topics.rawArticles();
        this.deadLetters = topics.deadLetters();
        this.fetchStates = topics.fetchStates();
    }

    /**
     * Sends {@code article} keyed by its id, with its fetch time as the record timestamp.
     *
     * @return completes when the broker acknowledged it (a refusal also fails the next {@link #flush()})
     */
    public Future<RecordMetadata> publish(RawArticle article) {
        return send(rawArticles, article.getId(), article, article.getFetchedAt().toEpochMilli(), new RecordHeaders());
    }

    /** Sends a URL's fetch state to the compacted fetch-state topic, keyed by the normalised URL. */
    public void recordState(FetchState state) {
        send(fetchStates, state.getUrl(), state, state.getFetchedAt().toEpochMilli(), new RecordHeaders());
    }

    /** Sends the DeadLetter for {@code failure}, with the {@code __streams.errors.*} headers. */
    public void deadLetter(IngestFailure failure) {
        Exception exception = failure.exception();
        Headers headers = new RecordHeaders()
                .add(HEADER_EXCEPTION, utf8(exception.getClass().getName()))
                .add(HEADER_MESSAGE, utf8(String.valueOf(exception.getMessage())))
                .add(HEADER_STACKTRACE, utf8(stackTrace(exception)));
        send(deadLetters, failure.key(), RecordFactory.deadLetter(failure), failure.failedAt().toEpochMilli(), headers);
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

    private <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, V value, long timestamp,
            Headers headers) {
        byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), headers, key);
        byte[] valueBytes = topic.valueSerde().serializer().serialize(topic.name(), headers, value);
        ProducerRecord<byte[], byte[]> record =
                new ProducerRecord<>(topic.name(), null, timestamp, keyBytes, valueBytes, headers);
        return producer.send(record, (metadata, exception) -> {
            if (exception != null) {
                failure.compareAndSet(null, new PublishException(topic.name(), key, exception));
            }
        });
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** The stack trace with its causes, in the familiar format (at most {@value #MAX_CAUSES} causes deep). */
    private static String stackTrace(Exception exception) {
        StringBuilder out = new StringBuilder();
        Throwable current = exception;
        for (int depth = 0; current != null && depth <= MAX_CAUSES; depth++, current = current.getCause()) {
            out.append(depth == 0 ? "" : "Caused by: ").append(current).append('\n');
            for (StackTraceElement element : current.getStackTrace()) {
                out.append("\tat ").append(element).append('\n');
            }
        }
        return out.toString();
    }
}
