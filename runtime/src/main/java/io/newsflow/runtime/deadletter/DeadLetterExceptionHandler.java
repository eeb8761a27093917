package io.newsflow.runtime.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.schemas.avro.DeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' dead-letter support (KIP-1034) with newsflow's record format: a record that cannot be decoded
 * ({@code UNDECODABLE_RECORD}) or whose processing throws ({@code PROCESSING_ERROR}) is written to the topic named by
 * {@code errors.dead.letter.queue.topic.name} as a {@link DeadLetter} holding the original bytes and source
 * coordinates, with Kafka Streams' {@code __streams.errors.*} headers, in the same transaction as the task's output.
 * Processing then continues with the next record: one bad page must not stop the pipeline, and nothing is lost. A
 * {@link StageUnavailableException} is the stage's fault, not the record's: it stops the stage, the record unread.
 *
 * <p>Configure with {@code errors.dead.letter.queue.topic.name}, {@link #STAGE_CONFIG} and optionally
 * {@link #METERS_CONFIG}; {@link io.newsflow.runtime.streams.StreamsStage} does.
 */
public final class DeadLetterExceptionHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {

    /** Streams config key naming the stage in dead letters (enrich, publish). */
    public static final String STAGE_CONFIG = "newsflow.stage";

    /** Streams config key holding the {@link MeterRegistry} dead letters are counted in (an object, not a string). */
    public static final String METERS_CONFIG = "newsflow.meters";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterExceptionHandler.class);

    private String topic = "";
    private DeadLetterWriter writer = DeadLetterWriter.unmetered("", "");

    /**
     * The Kafka Streams settings that route a stage's bad records to {@code deadLetterTopic} through this handler.
     *
     * @param stage the stage name written into each dead letter
     * @param meters where dead letters are counted
     */
    public static Map<String, Object> streamsConfig(String deadLetterTopic, String stage, MeterRegistry meters) {
        return Map.of(
                StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic,
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class,
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandler.class,
                // the same handling for global stores as for tasks (the default from Kafka 5.0 on)
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true,
                STAGE_CONFIG, stage,
                METERS_CONFIG, meters);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        Object dlq = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object name = configs.get(STAGE_CONFIG);
        if (dlq == null || name == null) {
            throw new ConfigException(getClass().getSimpleName() + " needs "
                    + StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " and " + STAGE_CONFIG);
        }
        this.topic = dlq.toString();
        Object meters = configs.get(METERS_CONFIG);
        this.writer = new DeadLetterWriter(topic, name.toString(),
                meters instanceof MeterRegistry registry ? registry : new SimpleMeterRegistry());
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(
            ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        LOG.warn(
                "{}: undecodable record at {}-{}@{} sent to {}: {}",
                writer.stage(),
                record.topic(),
                record.partition(),
                record.offset(),
                topic,
                exception.getMessage());
        return DeserializationExceptionHandler.Response.resume(
                List.of(deadLetter(context, "UNDECODABLE_RECORD", record.key(), record.value(), exception)));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(
            ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (StageUnavailableException.isCause(exception)) {
            LOG.error("{}: the stage cannot process records, stopping it (record {} at {}-{}@{} stays unprocessed)",
                    writer.stage(), record.key(), context.topic(), context.partition(), context.offset(), exception);
            return ProcessingExceptionHandler.Response.fail();
        }
        LOG.warn(
                "{}: processing failed for key {} at {}-{}@{} in {}, sent to {}",
                writer.stage(),
                record.key(),
                context.topic(),
                context.partition(),
                context.offset(),
                context.processorNodeId(),
                topic,
                exception);
        return ProcessingExceptionHandler.Response.resume(List.of(deadLetter(context, "PROCESSING_ERROR",
                context.sourceRawKey(), context.sourceRawValue(), exception)));
    }

    private org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> deadLetter(
            ErrorHandlerContext context, String reason, byte[] key, byte[] value, Exception exception) {
        DeadLetter letter = writer.letter(reason, exception, Instant.now())
                .setDetail(exception.getClass().getSimpleName() + " in " + context.processorNodeId() + ": "
                        + exception.getMessage())
                .setSourceTopic(context.topic())
                .setSourcePartition(context.partition())
                .setSourceOffset(context.offset())
                .setArticleId(key == null ? null : new String(key, java.nio.charset.StandardCharsets.UTF_8))
                .setOriginalKey(DeadLetterWriter.bytes(key))
                .setOriginalValue(DeadLetterWriter.bytes(value))
                .build();
        return writer.record(key, letter, exception, null);
    }
}
