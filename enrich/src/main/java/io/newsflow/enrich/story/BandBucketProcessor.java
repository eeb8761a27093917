package io.newsflow.enrich.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The band step: owns the band buckets of its partitions of the story-bands loop topic (keyed by band key), answers
 * lookups with the bucket's candidates, keyed by article id, and remembers placed articles. The buckets live in the
 * {@value #STORE} store, persistent and changelogged, so they are restored after a restart or on another instance.
 *
 * <p>A looked-up article stays pending in the bucket ({@value #PENDING}) until it is remembered there. A lookup that
 * finds a pending near-duplicate orders the two by (time, id) ({@link PendingLookup#precedes}): if the pending one
 * comes first, the answer waits for its remember; if the newcomer comes first, the pending one's answer waits for the
 * newcomer's remember when it is still held here, else the bucket claims the pending one ({@link BandReply.Claim}) and
 * the newcomer's answer waits for the verdict. So near-duplicates in flight together are placed one after the other, as
 * the single index places them (docs/story-clustering.md, "No splits in bursts").
 */
final class BandBucketProcessor implements Processor<String, String, String, String> {

    /** The state store of band buckets: band key to members, as {@link StoryMember#encode} writes them. */
    static final String STORE = "story-band-buckets";
    /** Pending lookups, keyed {@code band key NUL article id}, as {@link PendingLookup#encode} writes them. */
    static final String PENDING = "story-band-pending";

    private static final String SEPARATOR = "\u0000";

    private final StoryRules rules;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, String> buckets;
    private KeyValueStore<String, String> pending;

    BandBucketProcessor(StoryRules rules) {
        this.rules = rules;
    }

    /** A supplier that also declares the stores, so the topology connects them. */
    static ProcessorSupplier<String, String, String, String> supplier(StoryRules rules) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, String, String, String> get() {
                return new BandBucketProcessor(rules);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                                Serdes.String()),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING), Serdes.String(),
                                Serdes.String()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.buckets = context.getStateStore(STORE);
        this.pending = context.getStateStore(PENDING);
    }

    @Override
    public void process(Record<String, String> record) {
        BandRequest request = BandRequest.decode(record.value());
        if (request instanceof BandRequest.Lookup lookup) {
            onLookup(record.key(), lookup, record.timestamp());
        } else if (request instanceof BandRequest.Remember remember) {
            onRemember(record.key(), remember.member(), record.timestamp());
        } else if (request instanceof BandRequest.Verdict verdict) {
            onVerdict(record.key(), verdict, record.timestamp());
        }
    }

    /** Records the article as pending, with the pending near-duplicates to wait for or to claim. */
    private void onLookup(String key, BandRequest.Lookup lookup, long timestamp) {
        Set<String> awaitRemember = new LinkedHashSet<>();
        Set<String> awaitVerdict = new LinkedHashSet<>();
        for (PendingLookup other : pendingIn(key)) {
            if (other.id().equals(lookup.articleId())
                    || SimHash.distance(other.fingerprint(), lookup.fingerprint()) > rules.maxDistance()) {
                continue;
            }
            if (PendingLookup.precedes(other.time(), other.id(), lookup.time(), lookup.articleId())) {
                awaitRemember.add(other.id());
            } else if (!other.answered()) {
                // its answer from here is still held, so it cannot be placed yet: holding it for the newcomer's
                // remember orders the two without a claim (a burst of copies would otherwise claim each other)
                save(key, other.withAwaited(lookup.articleId()), timestamp);
            } else {
                awaitVerdict.add(other.id());
                BandReply claim = new BandReply.Claim(other.fingerprint(), other.time(), lookup.articleId(), key);
                context.forward(new Record<>(other.id(), claim.encode(), timestamp));
            }
        }
        save(key, new PendingLookup(lookup.articleId(), lookup.fingerprint(), lookup.time(), lookup.band(), false,
                awaitRemember, awaitVerdict, Set.of()), timestamp);
    }

    /** Stores the member; tells the articles that accepted its claim; releases the answers that waited for it. */
    private void onRemember(String key, StoryMember member, long timestamp) {
        buckets.put(key, StoryMember.encode(rules.remember(bucket(key), member)));
        String ownKey = key + SEPARATOR + member.id();
        String own = pending.get(ownKey);
        if (own != null) {
            for (String waiter : PendingLookup.decode(own).successors()) {
                context.forward(new Record<>(waiter, new BandReply.Preceded(member).encode(), timestamp));
            }
            pending.delete(ownKey);
        }
        for (PendingLookup other : pendingIn(key)) {
            if (other.awaitRemember().contains(member.id())) {
                save(key, other.withRemembered(member.id()), timestamp);
            }
        }
    }

    /** A claimed article's verdict: it waits for the claimer (accepted), or was placed first (refused). */
    private void onVerdict(String key, BandRequest.Verdict verdict, long timestamp) {
        String claimer = pending.get(key + SEPARATOR + verdict.claimerId());
        if (claimer == null) {
            // a claimer waits for its verdict here, so it cannot have been remembered: the loop topic was tampered with
            throw new IllegalStateException("story verdict for " + verdict.claimerId() + " in bucket " + key
                    + ", which holds no pending lookup of it");
        }
        PendingLookup entry = PendingLookup.decode(claimer);
        boolean remembered = pending.get(key + SEPARATOR + verdict.claimedId()) == null;
        save(key, verdict.accepted() ? entry.withAccepted(verdict.claimedId())
                : entry.withRefused(verdict.claimedId(), remembered), timestamp);
    }

    /**
     * Stores the entry, sending its answer first when nothing more is awaited: the candidates among the bucket's
     * members now. Every member stored since the lookup was placed before the article will be (it is placed only
     * after this answer), so it belongs among the articles before it, as in the single index fed in placement order.
     */
    private void save(String key, PendingLookup entry, long timestamp) {
        PendingLookup saved = entry;
        if (entry.ready()) {
            List<StoryMember> candidates = bucket(key).stream()
                    .filter(m -> rules.isCandidate(m, entry.id(), entry.fingerprint(), entry.time())).toList();
            BandAnswer answer = new BandAnswer(entry.band(), candidates);
            context.forward(new Record<>(entry.id(), answer.encode(), timestamp));
            saved = entry.asAnswered();
        }
        pending.put(key + SEPARATOR + entry.id(), saved.encode());
    }

    private List<PendingLookup> pendingIn(String key) {
        List<PendingLookup> entries = new ArrayList<>();
        try (KeyValueIterator<String, String> it = pending.prefixScan(key + SEPARATOR, Serdes.String().serializer())) {
            it.forEachRemaining((KeyValue<String, String> entry) -> entries.add(PendingLookup.decode(entry.value)));
        }
        return entries;
    }

    private List<StoryMember> bucket(String key) {
        String value = buckets.get(key);
        return value == null ? List.of() : StoryMember.decode(value);
    }
}
