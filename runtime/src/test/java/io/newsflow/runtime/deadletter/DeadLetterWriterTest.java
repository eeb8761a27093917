package io.newsflow.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.schemas.avro.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterWriterTest {

    @Test
    void writesTheStreamsHeadersWithTheCausesAndCountsByReason() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DeadLetterWriter writer = new DeadLetterWriter("newsflow.dlq.v1", "ingest", meters);
        IllegalStateException error = new IllegalStateException("outer", new java.io.IOException("root cause"));
        DeadLetter letter = writer.letter("FETCH_FAILED", error, Instant.EPOCH).setArticleId("a1").build();

        ProducerRecord<byte[], byte[]> record = writer.record("a1".getBytes(StandardCharsets.UTF_8), letter, error, 5L);

        assertThat(record.topic()).isEqualTo("newsflow.dlq.v1");
        assertThat(record.timestamp()).isEqualTo(5L);
        assertThat(header(record, DeadLetterWriter.HEADER_EXCEPTION)).isEqualTo(IllegalStateException.class.getName());
        assertThat(header(record, DeadLetterWriter.HEADER_MESSAGE)).isEqualTo("outer");
        assertThat(header(record, DeadLetterWriter.HEADER_STACKTRACE))
                .contains("\tat ").contains("Caused by: java.io.IOException: root cause");
        assertThat(meters.get(DeadLetterWriter.METER).tag("stage", "ingest").tag("reason", "FETCH_FAILED")
                .counter().count()).isEqualTo(1.0);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
