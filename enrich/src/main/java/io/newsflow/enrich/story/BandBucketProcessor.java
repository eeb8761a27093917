package io.newsflow.enrich.story;

import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The band step: owns the band buckets of its partitions of the story-bands loop topic (keyed by band key), answers
 * lookups with the bucket's candidates, keyed by article id, and remembers placed articles. The buckets live in the
 * {@value #STORE} store, persistent and changelogged, so they are restored after a restart or on another instance.
 */
final class BandBucketProcessor implements Processor<String, String, String, String> {

    /** The state store of band buckets: band key to members, as {@link StoryMember#encode} writes them. */
    static final String STORE = "story-band-buckets";

    private final StoryRules rules;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, String> buckets;

    BandBucketProcessor(StoryRules rules) {
        this.rules = rules;
    }

    /** A supplier that also declares the store, so the topology connects it. */
    static ProcessorSupplier<String, String, String, String> supplier(StoryRules rules) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, String, String, String> get() {
                return new BandBucketProcessor(rules);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                        Serdes.String()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.buckets = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        List<StoryMember> bucket = bucket(record.key());
        BandRequest request = BandRequest.decode(record.value());
        if (request instanceof BandRequest.Lookup lookup) {
            List<StoryMember> candidates = bucket.stream()
                    .filter(m -> rules.isCandidate(m, lookup.articleId(), lookup.fingerprint(), lookup.time()))
                    .toList();
            context.forward(new Record<>(lookup.articleId(), new BandAnswer(lookup.band(), candidates).encode(),
                    record.timestamp()));
        } else if (request instanceof BandRequest.Remember remember) {
            buckets.put(record.key(), StoryMember.encode(rules.remember(bucket, remember.member())));
        }
    }

    private List<StoryMember> bucket(String key) {
        String value = buckets.get(key);
        return value == null ? List.of() : StoryMember.decode(value);
    }
}
