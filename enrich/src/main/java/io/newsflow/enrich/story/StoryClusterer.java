package io.newsflow.enrich.story;

import io.newsflow.schemas.avro.Article;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Sets {@code clusterId} and {@code duplicateOf} of each article from the {@value #STORE} store, in one task behind a
 * single-partition topic (the default; {@link StoryClustering} is the band-partitioned alternative). The store is a
 * persistent key-value store with a changelog topic (Kafka Streams' default), so it is restored after a restart or on
 * another instance.
 */
public final class StoryClusterer implements FixedKeyProcessor<String, Article, Article> {

    /** The state store of band buckets. */
    public static final String STORE = "story-bands";

    private final int maxDistance;
    private final Duration window;
    private FixedKeyProcessorContext<String, Article> context;
    private StoryIndex index;

    StoryClusterer(int maxDistance, Duration window) {
        this.maxDistance = maxDistance;
        this.window = window;
    }

    /** A supplier that also declares the store, so the topology connects it. */
    public static FixedKeyProcessorSupplier<String, Article, Article> supplier(int maxDistance, Duration window) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, Article, Article> get() {
                return new StoryClusterer(maxDistance, window);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(storeBuilder());
            }
        };
    }

    /** The persistent, changelogged store. */
    static StoreBuilder<KeyValueStore<String, String>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.String());
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        KeyValueStore<String, String> store = context.getStateStore(STORE);
        this.index = new StoryIndex(new StoryIndex.BucketStore() {
            @Override
            public String get(String key) {
                return store.get(key);
            }

            @Override
            public void put(String key, String bucket) {
                store.put(key, bucket);
            }
        }, maxDistance, window);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        if (record.value() == null) {
            // A removal passes on as it came. The removed article's fingerprint stays in its buckets (the index
            // has no delete), so a later near-duplicate may still name the removed id as clusterId or duplicateOf.
            context.forward(record);
            return;
        }
        context.forward(record.withValue(StoryPlacer.place(index, record.value())));
    }
}
