package io.newsflow.enrich.story;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * A benchmark, run by hand (never by the build): the CPU work per article of story clustering without Kafka I/O,
 * before and after the band-partitioned design, on one thread over the same articles (4 KB bodies, one in three a
 * near-duplicate of an earlier one). Before: the single task's deserialize, place in the index, serialize (what
 * {@code newsflow bench enrich} reports as the clustering task). After: the gather and band steps for one article,
 * driven directly with in-memory stores: the waiting article stored and read back, 7 lookups, 7 answers, 7 remembers
 * (encoded, decoded, buckets read and rewritten), the placed article serialized. Run with:
 * {@code java -cp <test classpath> io.newsflow.enrich.story.StoryClusteringCost [articles] [rounds]}.
 */
public final class StoryClusteringCost {

    private static final StoryRules RULES = new StoryRules(6, Duration.ofDays(7));

    private StoryClusteringCost() {}

    /** Prints µs per article, before and after, over the middle of the rounds (the first half warms up). */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Serde<Article> serde = Topics.DEFAULT.enrichedArticles().valueSerde();
        List<Article> articles = articles(count);
        for (int round = 0; round < rounds; round++) {
            double before = before(articles, serde);
            double after = after(articles, serde);
            System.out.printf(Locale.ROOT, "round %d: before %.1f µs/article, after %.1f µs/article%n", round, before,
                    after);
        }
    }

    /** The article written to the single-partition topic, read by the clustering task, placed, written out. */
    private static double before(List<Article> articles, Serde<Article> serde) {
        StoryIndex index = new StoryIndex(new MemoryBucketStore(), RULES.maxDistance(), RULES.window());
        long start = System.nanoTime();
        for (Article article : articles) {
            byte[] repartitioned = serde.serializer().serialize("bench", article);
            Article read = serde.deserializer().deserialize("bench", repartitioned);
            serde.serializer().serialize("bench", StoryPlacer.place(index, read));
        }
        return (System.nanoTime() - start) / 1e3 / articles.size();
    }

    /** The article handed to the gather step in its own task, its requests and answers delivered until it is out. */
    private static double after(List<Article> articles, Serde<Article> serde) {
        MockProcessorContext<String, StoryOutput> gatherContext = new MockProcessorContext<>();
        MockProcessorContext<String, String> bandContext = new MockProcessorContext<>();
        StoryGatherer gatherer = new StoryGatherer(RULES, serde);
        BandBucketProcessor bands = new BandBucketProcessor(RULES);
        add(gatherContext, StoryGatherer.WAITING, Serdes.ByteArray());
        add(gatherContext, StoryGatherer.ANSWERS, Serdes.String());
        add(bandContext, BandBucketProcessor.STORE, Serdes.String());
        add(bandContext, BandBucketProcessor.PENDING, Serdes.String());
        gatherer.init(gatherContext);
        bands.init(bandContext);
        long start = System.nanoTime();
        for (Article article : articles) {
            gatherer.process(new Record<>(article.getId(), new StoryEvent.Version(article), 0L));
            roundTrip(gatherContext, bandContext, gatherer, bands, serde);
        }
        return (System.nanoTime() - start) / 1e3 / articles.size();
    }

    /** Delivers the gather step's requests to the band step and its answers back, until the article is placed. */
    private static void roundTrip(MockProcessorContext<String, StoryOutput> gatherContext,
            MockProcessorContext<String, String> bandContext, StoryGatherer gatherer, BandBucketProcessor bands,
            Serde<Article> serde) {
        while (!gatherContext.forwarded().isEmpty()) {
            var forwards = new ArrayList<>(gatherContext.forwarded());
            gatherContext.resetForwards();
            for (var forward : forwards) {
                var record = forward.record();
                if (record.value() instanceof StoryOutput.Request request) {
                    bands.process(new Record<>(record.key(), request.request().encode(), 0L));
                } else if (record.value() instanceof StoryOutput.Placed placed) {
                    serde.serializer().serialize("bench", placed.article());
                }
            }
            var answers = new ArrayList<>(bandContext.forwarded());
            bandContext.resetForwards();
            for (var answer : answers) {
                var record = answer.record();
                gatherer.process(new Record<>(record.key(),
                        new StoryEvent.Reply(BandReply.decode(record.value())), 0L));
            }
        }
    }

    private static <V> void add(MockProcessorContext<?, ?> context, String name,
            Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.String(), values).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    private static List<Article> articles(int count) {
        Random random = new Random(7);
        List<Long> prints = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        String body = "Wort ".repeat(800);
        for (int i = 0; i < count; i++) {
            long print = i % 3 == 2 ? prints.get(random.nextInt(prints.size())) ^ (1L << random.nextInt(64))
                    : random.nextLong();
            prints.add(print);
            Article article = StoryClusteringTest.article(String.format("%032x", i), print, i * 60_000L);
            articles.add(Article.newBuilder(article).setBody(body).build());
        }
        return articles;
    }
}
