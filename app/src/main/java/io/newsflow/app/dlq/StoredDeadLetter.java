package io.newsflow.app.dlq;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.runtime.deadletter.DeadLetterWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * One record of the dead-letter topic where it sits: its partition and offset, its headers, and the decoded
 * {@link DeadLetter} (null when the record is not one, e.g. written by another tool).
 *
 * @param partition partition in the dead-letter topic
 * @param offset offset in that partition
 * @param timestamp the record's timestamp
 * @param key the record key (the article id when known)
 * @param letter the dead letter, or null when the value cannot be decoded as one
 * @param headers the record's headers ({@code __streams.errors.*} and others)
 */
public record StoredDeadLetter(int partition, long offset, Instant timestamp, byte @Nullable [] key,
        @Nullable DeadLetter letter, Headers headers) {

    /** {@code partition:offset}, how {@code newsflow dlq show} names a dead letter. */
    public String coordinates() {
        return partition + ":" + offset;
    }

    /** The topic the failed record came from: the dead letter's field, else Kafka Streams' header. */
    public Optional<String> sourceTopic() {
        if (letter != null && letter.getSourceTopic() != null) {
            return Optional.of(letter.getSourceTopic());
        }
        return header(DeadLetterWriter.HEADER_TOPIC);
    }

    /** The value of a header as text, when present. */
    public Optional<String> header(String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
