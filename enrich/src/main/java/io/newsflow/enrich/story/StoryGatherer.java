package io.newsflow.enrich.story;

import io.newsflow.schemas.avro.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
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
import org.jspecify.annotations.Nullable;

/**
 * The gather step, on the article's own partition: sends an article's lookups to its band buckets, keeps the article
 * in {@value #WAITING} until every band has answered (answers collect in {@value #ANSWERS}), then places it, emits it
 * and asks its buckets to remember it.
 *
 * <p>A bucket may claim the waiting article for an earlier near-duplicate pending with it ({@link BandReply.Claim}):
 * the article then also waits for that one's placement ({@link BandReply.Preceded}), whose member joins its candidates.
 *
 * <p>One version of an article is placed at a time: a later version or a removal of an article that still waits
 * queues behind it in {@value #WAITING} (keyed {@code id NUL sequence}), so versions leave in the order they came and
 * a re-fetch is looked up only after the buckets remember the version before it (it keeps its cluster). Both stores
 * are persistent and changelogged: a restart or a fail-over resumes the waiting articles, and under exactly-once the
 * stores, the lookups and the emitted articles commit together.
 */
final class StoryGatherer implements Processor<String, StoryEvent, String, StoryOutput> {

    /** Articles waiting for their band answers, and the versions queued behind them; a removal is an empty value. */
    static final String WAITING = "story-waiting";
    /**
     * Band answers received for the waiting article, keyed {@code id NUL band}, and the earlier near-duplicates it
     * agreed to wait for, keyed {@code id NUL p claimer}.
     */
    static final String ANSWERS = "story-answers";

    private static final String SEPARATOR = "\u0000";
    /** Marks an accepted claimer in {@value #ANSWERS}: {@code id NUL p claimer}, empty until the claimer is placed. */
    private static final String PRECEDED = "p";
    private static final byte[] REMOVAL = new byte[0];

    private final StoryRules rules;
    private final Serde<Article> articleSerde;
    private ProcessorContext<String, StoryOutput> context;
    private KeyValueStore<String, byte[]> waiting;
    private KeyValueStore<String, String> answers;

    StoryGatherer(StoryRules rules, Serde<Article> articleSerde) {
        this.rules = rules;
        this.articleSerde = articleSerde;
    }

    /** A supplier that also declares the two stores, so the topology connects them. */
    static ProcessorSupplier<String, StoryEvent, String, StoryOutput> supplier(StoryRules rules, Serde<Article> serde) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, StoryEvent, String, StoryOutput> get() {
                return new StoryGatherer(rules, serde);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WAITING), Serdes.String(),
                                Serdes.ByteArray()),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ANSWERS), Serdes.String(),
                                Serdes.String()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, StoryOutput> context) {
        this.context = context;
        this.waiting = context.getStateStore(WAITING);
        this.answers = context.getStateStore(ANSWERS);
    }

    @Override
    public void process(Record<String, StoryEvent> record) {
        if (record.value() instanceof StoryEvent.Version version) {
            onVersion(record.key(), version.article(), record.timestamp());
        } else if (record.value() instanceof StoryEvent.Reply reply) {
            if (reply.reply() instanceof BandAnswer answer) {
                answers.put(record.key() + SEPARATOR + String.format(Locale.ROOT, "%02d", answer.band()),
                        StoryMember.encode(answer.candidates()));
                placeIfComplete(record.key(), record.timestamp());
            } else if (reply.reply() instanceof BandReply.Claim claim) {
                onClaim(record.key(), claim, record.timestamp());
            } else if (reply.reply() instanceof BandReply.Preceded preceded) {
                onPreceded(record.key(), preceded.member(), record.timestamp());
            }
        }
    }

    private void onVersion(String id, @Nullable Article article, long timestamp) {
        List<KeyValue<String, byte[]>> queue = scan(waiting, id);
        if (!queue.isEmpty()) {
            long last = Long.parseLong(queue.get(queue.size() - 1).key.substring(id.length() + 1));
            waiting.put(queueKey(id, last + 1), bytes(article));
        } else if (lookUp(id, article, timestamp)) {
            waiting.put(queueKey(id, 0), bytes(article));
        }
    }

    /**
     * An earlier near-duplicate claims the article: accepted if the claimed version still waits (it then also waits
     * for the claimer's placement), refused if it has left (the claimer then comes after it). Never waits, so a claim
     * cannot take part in a cycle.
     */
    private void onClaim(String id, BandReply.Claim claim, long timestamp) {
        List<KeyValue<String, byte[]>> queue = scan(waiting, id);
        boolean waits = false;
        if (!queue.isEmpty() && queue.get(0).value.length > 0) {
            Article head = article(queue.get(0).value);
            waits = head.getFingerprint() == claim.fingerprint() && StoryPlacer.time(head) == claim.time();
        }
        String key = id + SEPARATOR + PRECEDED + claim.claimerId();
        if (waits && answers.get(key) == null) {
            answers.put(key, "");
        }
        BandRequest verdict = new BandRequest.Verdict(id, claim.claimerId(), waits);
        context.forward(new Record<>(claim.bandKey(), new StoryOutput.Request(verdict), timestamp));
    }

    private void onPreceded(String id, StoryMember member, long timestamp) {
        String key = id + SEPARATOR + PRECEDED + member.id();
        if (answers.get(key) == null) {
            // The claimer claimed this article in several shared buckets and each tells it once the claimer is
            // remembered there: the first told it (the article may have left since), the others repeat it.
            return;
        }
        answers.put(key, member.line());
        placeIfComplete(id, timestamp);
    }

    /** Places the waiting article once every band has answered and every accepted claimer is placed. */
    private void placeIfComplete(String id, long timestamp) {
        List<KeyValue<String, String>> received = scan(answers, id);
        long bands = received.stream().filter(entry -> !isPreceded(id, entry.key)).count();
        if (bands < rules.bands()
                || received.stream().anyMatch(entry -> isPreceded(id, entry.key) && entry.value.isEmpty())) {
            return;
        }
        List<KeyValue<String, byte[]>> queue = scan(waiting, id);
        if (queue.isEmpty() || queue.get(0).value.length == 0) {
            // answers only come for lookups this step sent for the article at the head of the queue
            throw new IllegalStateException("band answers for article " + id + " but no article of it waits");
        }
        List<StoryMember> candidates = new ArrayList<>();
        received.forEach(entry -> candidates.addAll(StoryMember.decode(entry.value)));
        place(id, article(queue.get(0).value), candidates, timestamp);
        received.forEach(entry -> answers.delete(entry.key));
        waiting.delete(queue.get(0).key);
        drain(id, queue.subList(1, queue.size()), timestamp);
    }

    private static boolean isPreceded(String id, String key) {
        return key.startsWith(PRECEDED, id.length() + SEPARATOR.length());
    }

    /** Places the article from its candidates (band order), emits it, and has its buckets remember it. */
    private void place(String id, Article article, List<StoryMember> candidates, long timestamp) {
        long fingerprint = article.getFingerprint();
        long time = StoryPlacer.time(article);
        StoryIndex.Placement placement = rules.place(id, fingerprint, time, candidates);
        context.forward(new Record<>(id, new StoryOutput.Placed(StoryPlacer.withPlacement(article, placement)),
                timestamp));
        StoryMember self = new StoryMember(id, fingerprint, placement.clusterId(), time);
        for (String key : rules.bandKeys(fingerprint)) {
            context.forward(new Record<>(key, new StoryOutput.Request(new BandRequest.Remember(self)), timestamp));
        }
    }

    /** Passes on the queued versions that need no lookup, up to the next one that does, which then waits. */
    private void drain(String id, List<KeyValue<String, byte[]>> queued, long timestamp) {
        for (KeyValue<String, byte[]> next : queued) {
            if (lookUp(id, next.value.length == 0 ? null : article(next.value), timestamp)) {
                return;
            }
            waiting.delete(next.key);
        }
    }

    /**
     * Sends the article's lookups and returns true (it must wait), or passes it on at once and returns false: a
     * removal as it came, an article without a fingerprint as its own cluster.
     */
    private boolean lookUp(String id, @Nullable Article article, long timestamp) {
        if (article == null || !StoryPlacer.hasFingerprint(article)) {
            Article placed = article == null ? null : StoryPlacer.alone(article);
            context.forward(new Record<>(id, new StoryOutput.Placed(placed), timestamp));
            return false;
        }
        long fingerprint = article.getFingerprint();
        List<String> keys = rules.bandKeys(fingerprint);
        for (int band = 0; band < keys.size(); band++) {
            BandRequest lookup = new BandRequest.Lookup(id, fingerprint, StoryPlacer.time(article), band);
            context.forward(new Record<>(keys.get(band), new StoryOutput.Request(lookup), timestamp));
        }
        return true;
    }

    private byte[] bytes(@Nullable Article article) {
        return article == null ? REMOVAL : articleSerde.serializer().serialize(WAITING, article);
    }

    private Article article(byte[] bytes) {
        return articleSerde.deserializer().deserialize(WAITING, bytes);
    }

    private static String queueKey(String id, long sequence) {
        return id + SEPARATOR + String.format(Locale.ROOT, "%019d", sequence);
    }

    /** The entries of one article, in key order: queue order in {@link #WAITING}, band order in {@link #ANSWERS}. */
    private static <V> List<KeyValue<String, V>> scan(KeyValueStore<String, V> store, String id) {
        List<KeyValue<String, V>> entries = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.prefixScan(id + SEPARATOR, Serdes.String().serializer())) {
            it.forEachRemaining(entries::add);
        }
        return entries;
    }
}
