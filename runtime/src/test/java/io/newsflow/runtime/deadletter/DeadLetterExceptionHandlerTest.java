package io.newsflow.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.serde.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class DeadLetterExceptionHandlerTest {

    private static final byte[] KEY = "article-1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = {0x01, 0x02, (byte) 0xff};

    private final DeadLetterExceptionHandler handler = configured();

    @Test
    void turnsAnUndecodableRecordIntoADeadLetterWithTheOriginalBytes() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("newsflow.raw.v1", 2, 41L, KEY, VALUE);

        DeserializationExceptionHandler.Response response =
                handler.handleError(context(), record, new SerializationException("cannot decode RawArticle"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        DeadLetter letter = single(response.deadLetterQueueRecords());
        assertThat(letter.getReason()).isEqualTo("UNDECODABLE_RECORD");
        assertThat(letter.getStage()).isEqualTo("enrich");
        assertThat(letter.getSourceTopic()).isEqualTo("newsflow.raw.v1");
        assertThat(letter.getSourcePartition()).isEqualTo(2);
        assertThat(letter.getSourceOffset()).isEqualTo(41L);
        assertThat(letter.getArticleId()).isEqualTo("article-1");
        assertThat(letter.getOriginalValue().array()).isEqualTo(VALUE);
        assertThat(letter.getExceptionClass()).isEqualTo(SerializationException.class.getName());
        Headers headers = response.deadLetterQueueRecords().get(0).headers();
        assertThat(new String(headers.lastHeader(DeadLetterWriter.HEADER_MESSAGE).value(), StandardCharsets.UTF_8))
                .isEqualTo("cannot decode RawArticle");
        assertThat(headers.lastHeader(DeadLetterWriter.HEADER_STACKTRACE)).isNotNull();
        assertThat(new String(headers.lastHeader(DeadLetterWriter.HEADER_OFFSET).value(), StandardCharsets.UTF_8)).isEqualTo("41");
    }

    @Test
    void turnsAProcessingFailureIntoADeadLetter() {
        ProcessingExceptionHandler.Response response = handler.handleError(context(),
                new Record<>("article-1", "value", 0L), new IllegalStateException("boom"));

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        DeadLetter letter = single(response.deadLetterQueueRecords());
        assertThat(letter.getReason()).isEqualTo("PROCESSING_ERROR");
        assertThat(letter.getDetail()).contains("boom").contains("extract-article");
        assertThat(letter.getOriginalValue().array()).isEqualTo(VALUE);
    }

    @Test
    void stopsTheStageInsteadOfDeadLetteringWhenTheStageCannotWork() {
        Exception failure = new java.util.concurrent.CompletionException(
                new StageUnavailableException("the models failed to load", new IllegalStateException("corrupt model")));

        ProcessingExceptionHandler.Response response =
                handler.handleError(context(), new Record<>("article-1", "value", 0L), failure);

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void refusesToRunWithoutATopicAndStage() {
        assertThatThrownBy(() -> new DeadLetterExceptionHandler().configure(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("errors.dead.letter.queue.topic.name");
    }

    private static DeadLetter single(List<ProducerRecord<byte[], byte[]>> records) {
        assertThat(records).hasSize(1);
        assertThat(records.get(0).topic()).isEqualTo("newsflow.dlq.v1");
        assertThat(records.get(0).key()).isEqualTo(KEY);
        return AvroSerde.forType(DeadLetter.class).deserialize("newsflow.dlq.v1", records.get(0).value());
    }

    private static DeadLetterExceptionHandler configured() {
        DeadLetterExceptionHandler handler = new DeadLetterExceptionHandler();
        handler.configure(Map.of("errors.dead.letter.queue.topic.name", "newsflow.dlq.v1",
                DeadLetterExceptionHandler.STAGE_CONFIG, "enrich"));
        return handler;
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            @Override public String topic() { return "newsflow.raw.v1"; }
            @Override public int partition() { return 2; }
            @Override public long offset() { return 41L; }
            @Override public Headers headers() { return new RecordHeaders(); }
            @Override public String processorNodeId() { return "extract-article"; }
            @Override public TaskId taskId() { return new TaskId(0, 2); }
            @Override public long timestamp() { return 0L; }
            @Override public byte[] sourceRawKey() { return KEY; }
            @Override public byte[] sourceRawValue() { return VALUE; }
        };
    }
}
