package io.newsflow.enrich.step;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.runtime.deadletter.DeadLetterWriter;
import io.newsflow.schemas.serde.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns a rejected record into a {@link DeadLetter} with the reason, the source coordinates and the input record's
 * bytes. It is a processor, not a mapper, because only the processor context knows the source topic, partition and
 * offset; the record timestamp (the fetch time) becomes the dead letter's time, so the step stays deterministic.
 */
public final class RejectionRecorder<T> implements FixedKeyProcessor<String, StepResult<T>, DeadLetter> {

    /** Largest original value a dead letter keeps: the topics' record limit less room for the rest of the letter. */
    static final int MAX_ORIGINAL_BYTES = Topics.MAX_MESSAGE_BYTES - 64 * 1024;

    private final String stage;
    private final MeterRegistry meters;
    private FixedKeyProcessorContext<String, DeadLetter> context;

    private RejectionRecorder(String stage, MeterRegistry meters) {
        this.stage = stage;
        this.meters = meters;
    }

    /** A supplier for the topology; rejections are counted in {@code meters} by reason. */
    public static <T> FixedKeyProcessorSupplier<String, StepResult<T>, DeadLetter> supplier(String stage,
            MeterRegistry meters) {
        return () -> new RejectionRecorder<>(stage, meters);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DeadLetter> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, StepResult<T>> record) {
        if (!(record.value() instanceof StepResult.Rejected<T> rejected)) {
            throw new IllegalArgumentException(
                    "only rejected results reach the dead-letter branch, got " + record.value());
        }
        DeadLetter.Builder letter = DeadLetterWriter.builder(
                        stage, rejected.reason().name(), null, Instant.ofEpochMilli(record.timestamp()))
                .setDetail(rejected.detail())
                .setArticleId(record.key())
                .setUrl(urlOf(rejected.input()))
                .setOriginalKey(
                        record.key() == null
                                ? null
                                : DeadLetterWriter.bytes(record.key().getBytes(StandardCharsets.UTF_8)))
                .setOriginalValue(DeadLetterWriter.bytes(encode(rejected.input())));
        if (letter.getOriginalValue().remaining() > MAX_ORIGINAL_BYTES) {
            // a dead letter must fit the dead-letter topic; the source coordinates still point at the record
            letter.setDetail(rejected.detail() + "; original (" + letter.getOriginalValue().remaining()
                    + " bytes) not kept, read it at the source offset").setOriginalValue(null);
        }
        context.recordMetadata().ifPresent(source -> coordinates(letter, source));
        DeadLetterWriter.count(meters, stage, rejected.reason().name());
        context.forward(record.withValue(letter.build()));
    }

    private static void coordinates(DeadLetter.Builder letter, RecordMetadata source) {
        letter.setSourceTopic(source.topic()).setSourcePartition(source.partition()).setSourceOffset(source.offset());
    }

    private static String urlOf(SpecificRecord input) {
        int field = input.getSchema().getField("finalUrl") != null ? input.getSchema().getField("finalUrl").pos() : -1;
        return field < 0 ? null : String.valueOf(input.get(field));
    }

    @SuppressWarnings("unchecked")
    private static byte[] encode(SpecificRecord input) {
        AvroSerde<SpecificRecord> serde = AvroSerde.forType((Class<SpecificRecord>) input.getClass());
        return serde.serialize("dead-letter", input);
    }
}
