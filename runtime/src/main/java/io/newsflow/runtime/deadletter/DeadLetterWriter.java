package io.newsflow.runtime.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.serde.AvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.jspecify.annotations.Nullable;

/**
 * Writes dead letters the one way every stage does: a {@link DeadLetter} value keyed like the failed record, with the
 * {@code __streams.errors.*} headers Kafka Streams' own dead-letter support writes (so one tool reads the DLQ whichever
 * stage wrote to it), and counts them in {@code newsflow.dead.letters{stage,reason}}.
 *
 * <p>Ingest hands the records to its producer; the Kafka Streams handlers hand them to Kafka Streams, which writes them
 * in the task's transaction. Thread-safe.
 */
public final class DeadLetterWriter {

    /** Header with the exception class name (Kafka Streams' name). */
    public static final String HEADER_EXCEPTION = ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_NAME;
    /** Header with the exception message (Kafka Streams' name). */
    public static final String HEADER_MESSAGE = ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_MESSAGE_NAME;
    /** Header with the stack trace (Kafka Streams' name). */
    public static final String HEADER_STACKTRACE = ExceptionHandlerUtils.HEADER_ERRORS_STACKTRACE_NAME;
    /** Header with the source topic (Kafka Streams' name). */
    public static final String HEADER_TOPIC = ExceptionHandlerUtils.HEADER_ERRORS_TOPIC_NAME;
    /** Header with the source partition (Kafka Streams' name). */
    public static final String HEADER_PARTITION = ExceptionHandlerUtils.HEADER_ERRORS_PARTITION_NAME;
    /** Header with the source offset (Kafka Streams' name). */
    public static final String HEADER_OFFSET = ExceptionHandlerUtils.HEADER_ERRORS_OFFSET_NAME;
    /** The meter counting dead letters by stage and reason. */
    public static final String METER = "newsflow.dead.letters";

    /** Causes written into the stack-trace header at most: enough to see the root, bounded for the header size. */
    private static final int MAX_CAUSES = 10;
    private static final AvroSerde<DeadLetter> SERDE = AvroSerde.forType(DeadLetter.class);

    private final String topic;
    private final String stage;
    private final MeterRegistry meters;

    /**
     * @param topic the dead-letter topic
     * @param stage the stage name written into each dead letter
     * @param meters where the dead-letter counter is registered
     */
    public DeadLetterWriter(String topic, String stage, MeterRegistry meters) {
        this.topic = topic;
        this.stage = stage;
        this.meters = meters;
    }

    /** A writer whose counts go nowhere, for tests and tools. */
    public static DeadLetterWriter unmetered(String topic, String stage) {
        return new DeadLetterWriter(topic, stage, new SimpleMeterRegistry());
    }

    /** The stage this writer writes for. */
    public String stage() {
        return stage;
    }

    /** A dead letter of this stage with the exception's class and message filled in when there is one. */
    public DeadLetter.Builder letter(String reason, @Nullable Throwable error, Instant at) {
        return builder(stage, reason, error, at);
    }

    /**
     * The dead letter as a raw record for the dead-letter topic, with the headers; counts it.
     *
     * @param key the failed record's key bytes, kept as the dead letter's key
     * @param timestamp the record timestamp, or null for the producer's time
     */
    public ProducerRecord<byte[], byte[]> record(byte @Nullable [] key, DeadLetter letter, @Nullable Throwable error,
            @Nullable Long timestamp) {
        count(meters, String.valueOf(letter.getStage()), String.valueOf(letter.getReason()));
        return new ProducerRecord<>(
                topic, null, timestamp, key, SERDE.serialize(topic, letter), headers(letter, error));
    }

    /**
     * Counts one dead letter in {@value #METER}; for dead letters a topology writes to the DLQ as ordinary output
     * (expected rejections), which do not pass through {@link #record}.
     */
    public static void count(MeterRegistry meters, String stage, String reason) {
        Counter.builder(METER).description("Dead letters written, by stage and reason")
                .tag("stage", stage).tag("reason", reason).register(meters).increment();
    }

    /** A dead letter with the exception's class and message filled in when there is one. */
    public static DeadLetter.Builder builder(String stage, String reason, @Nullable Throwable error, Instant at) {
        DeadLetter.Builder builder = DeadLetter.newBuilder().setStage(stage).setReason(reason).setFailedAt(at);
        if (error != null) {
            builder.setExceptionClass(error.getClass().getName())
                    .setExceptionMessage(String.valueOf(error.getMessage()));
        }
        return builder;
    }

    /** The headers for a dead letter: exception, message, stack trace and source coordinates when known. */
    public static Headers headers(DeadLetter letter, @Nullable Throwable error) {
        Headers headers = new RecordHeaders();
        if (letter.getExceptionClass() != null) {
            headers.add(HEADER_EXCEPTION, utf8(letter.getExceptionClass()));
            headers.add(HEADER_MESSAGE, utf8(String.valueOf(letter.getExceptionMessage())));
        }
        if (error != null) {
            headers.add(HEADER_STACKTRACE, utf8(stackTrace(error)));
        }
        if (letter.getSourceTopic() != null) {
            headers.add(HEADER_TOPIC, utf8(letter.getSourceTopic()));
            headers.add(HEADER_PARTITION, utf8(String.valueOf(letter.getSourcePartition())));
            headers.add(HEADER_OFFSET, utf8(String.valueOf(letter.getSourceOffset())));
        }
        return headers;
    }

    /** The stack trace with its causes, in the familiar format, at most {@value #MAX_CAUSES} causes deep. */
    public static String stackTrace(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable current = error;
        for (int depth = 0; current != null && depth <= MAX_CAUSES; depth++, current = current.getCause()) {
            out.append(depth == 0 ? "" : "Caused by: ").append(current).append('\n');
            for (StackTraceElement element : current.getStackTrace()) {
                out.append("\tat ").append(element).append('\n');
            }
        }
        return out.toString();
    }

    /** Wraps bytes for an Avro bytes field, or null. */
    public static @Nullable ByteBuffer bytes(byte @Nullable [] bytes) {
        return bytes == null ? null : ByteBuffer.wrap(bytes);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
