package io.newsflow.enrich.step;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Passes on the records whose Kafka timestamp is before a point in time and counts the others: the end of a
 * reprocessing's time range ({@code newsflow reprocess --to}). A Processor API step because the DSL's {@code filter}
 * does not see record timestamps. Skipped records are no failures (the operator chose the range), so they are counted,
 * not dead-lettered.
 *
 * @param <V> value type
 */
public final class TimeCutoff<V> implements FixedKeyProcessor<String, V, V> {

    /** The counter of records skipped for lying at or after the cutoff. */
    public static final String SKIPPED = "newsflow.enrich.skipped.after.cutoff";

    private final long endMillis;
    private final Counter skipped;
    private FixedKeyProcessorContext<String, V> context;

    private TimeCutoff(Instant end, Counter skipped) {
        this.endMillis = end.toEpochMilli();
        this.skipped = skipped;
    }

    /** A supplier of cutoffs at {@code end} (exclusive), counting skipped records in {@code meters}. */
    public static <V> FixedKeyProcessorSupplier<String, V, V> supplier(Instant end, MeterRegistry meters) {
        Counter skipped = Counter.builder(SKIPPED).description("Raw records skipped for lying at or after --to")
                .register(meters);
        return () -> new TimeCutoff<>(end, skipped);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        if (record.timestamp() < endMillis) {
            context.forward(record);
        } else {
            skipped.increment();
        }
    }
}
