package io.newsflow.schemas.errors;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.serde.AvroSerde;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.jspecify.annotations.Nullable;

/**
 * Builds dead-letter records: a {@link DeadLetter} value keyed like the failed record, with the
 * {@code __streams.errors.*} headers Kafka Streams' own dead-letter support writes, so that one tool reads the DLQ
 * whichever stage wrote to it.
 */
public final class DeadLetters {

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

    private static final AvroSerde<DeadLetter> SERDE = AvroSerde.forType(DeadLetter.class);

    private DeadLetters() {}

    /** A dead letter with the exception's class and message filled in when there is one. */
    public static DeadLetter.Builder builder(String stage, String reason, @Nullable Throwable error, java.time.Instant at) {
        DeadLetter.Builder builder = DeadLetter.newBuilder().setStage(stage).setReason(reason).setFailedAt(at);
        if (error != null) {
            builder.setExceptionClass(error.getClass().getName()).setExceptionMessage(String.valueOf(error.getMessage()));
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
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            headers.add(HEADER_STACKTRACE, utf8(trace.toString()));
        }
        if (letter.getSourceTopic() != null) {
            headers.add(HEADER_TOPIC, utf8(letter.getSourceTopic()));
            headers.add(HEADER_PARTITION, utf8(String.valueOf(letter.getSourcePartition())));
            headers.add(HEADER_OFFSET, utf8(String.valueOf(letter.getSourceOffset())));
        }
        return headers;
    }

    /** The dead letter as a raw record for {@code topic}, for handlers that hand records to Kafka Streams. */
    public static ProducerRecord<byte[], byte[]> record(String topic, byte @Nullable [] key, DeadLetter letter,
            @Nullable Throwable error) {
        return new ProducerRecord<>(topic, null, key, SERDE.serialize(topic, letter), headers(letter, error));
    }

    /** Wraps bytes for an Avro bytes field, or null. */
    public static @Nullable ByteBuffer bytes(byte @Nullable [] bytes) {
        return bytes == null ? null : ByteBuffer.wrap(bytes);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
