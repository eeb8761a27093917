package io.newsflow.app.it.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.app.it.ItSettings;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.enrich.story.MemoryBucketStore;
import io.newsflow.enrich.story.SimHash;
import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.enrich.story.StoryPlacer;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Story clustering scales by partition and keeps its results: the enrich stage on a raw topic of one partition and on
 * one of six, fed the same 200 pages (30 groups of five agency copies with small edits, on five sites, and 50 single
 * articles), puts the articles into the same clusters with the same cluster ids and nearest duplicates, and those are
 * what the single story index gives for the same order.
 *
 * <p>The pages come in waves (each group's n-th copy in wave n), and a wave is sent once the wave before it is out:
 * near-duplicates are then never in flight together, the case in which the partitioned design can differ (see
 * docs/story-clustering.md); articles of one wave are placed concurrently, across partitions.
 */
@ExtendWith(KafkaBroker.class)
class StoryPartitionsIT {

    private static final int GROUPS = 30;
    private static final int COPIES = 5;
    private static final int SINGLES = 50;
    private static final int MAX_DISTANCE = 6;
    private static final Logger LOG = LoggerFactory.getLogger(StoryPartitionsIT.class);

    @Test
    void sameStoryClustersOnOneAndOnSixPartitions(BrokerAddress broker, @TempDir Path dir) {
        List<List<RawArticle>> waves = new AgencyCopies(20261104L).waves(GROUPS, COPIES, SINGLES);
        assertThat(waves.stream().mapToInt(List::size).sum()).isEqualTo(GROUPS * COPIES + SINGLES);

        Map<String, Article> onOne = enrich(broker, dir, 1, waves, true);
        Map<String, Article> onSix = enrich(broker, dir, 6, waves, true);

        assertThat(onSix.keySet()).hasSize(GROUPS * COPIES + SINGLES).isEqualTo(onOne.keySet());
        assertThat(placements(onSix)).isEqualTo(placements(onOne));
        assertNoNearDuplicatesWithinAWave(waves, onOne);
        assertThat(placements(onOne)).isEqualTo(placements(singleIndex(waves, onOne)));
        Map<String, Set<String>> clusters = clusters(onOne);
        assertThat(clusters.values()).as("agency copies cluster, with each other only")
                .filteredOn(members -> members.size() == COPIES).hasSizeGreaterThanOrEqualTo(GROUPS - 3)
                .allSatisfy(members -> assertThat(members.stream().map(id -> id.substring(0, 3)).distinct()).hasSize(1));
        assertThat(clusters.keySet()).filteredOn(id -> id.startsWith("g")).allMatch(id -> id.endsWith("-c0"));
    }

    /**
     * Sent all at once, copies of one text are in flight together. Each text's copies are placed as the single index
     * places them fed in (time, id) order when they are looked up before one of them is placed, and in the order they
     * were placed otherwise: so the placements of every text are those of the single index fed its copies in some
     * order (checked against all 120), and its cluster is the one the single index gives in (time, id) order.
     */
    @Test
    void aBurstOnSixPartitionsByBandIsPlacedAsTheSingleIndexPlacesIt(BrokerAddress broker, @TempDir Path dir) {
        long inTimeOrder = burst(broker, dir, true);
        LOG.info("burst of {} pages on 6 partitions, by band: {} of {} agency texts placed in (time, id) order",
                GROUPS * COPIES + SINGLES, inTimeOrder, GROUPS);
    }

    /** The single task places a burst one article after the other, in the order they reach it: the same checks. */
    @Test
    void aBurstThroughTheSingleTaskIsPlacedAsTheSingleIndexPlacesIt(BrokerAddress broker, @TempDir Path dir) {
        long inTimeOrder = burst(broker, dir, false);
        LOG.info("burst of {} pages on 6 partitions, single task: {} of {} agency texts placed in (time, id) order",
                GROUPS * COPIES + SINGLES, inTimeOrder, GROUPS);
    }

    /**
     * Sends every page at once to 6 partitions; checks that nothing is lost, that no two texts are near-duplicates
     * (so texts are placed independently of each other), and each text's placements; the number of texts placed
     * exactly as in (time, id) order.
     */
    private static long burst(BrokerAddress broker, Path dir, boolean byBand) {
        List<List<RawArticle>> waves = new AgencyCopies(20261104L).waves(GROUPS, COPIES, SINGLES);
        Map<String, Article> burst = enrich(broker, dir, 6, List.of(waves.stream().flatMap(List::stream).toList()),
                byBand);
        assertThat(burst).hasSize(GROUPS * COPIES + SINGLES);
        Map<String, List<Article>> texts = burst.values().stream().collect(Collectors.groupingBy(
                a -> a.getId().startsWith("g") ? a.getId().substring(0, 3) : a.getId(), TreeMap::new,
                Collectors.toList()));
        assertNoNearDuplicatesAcross(texts);
        long inTimeOrder = 0;
        for (Map.Entry<String, List<Article>> text : texts.entrySet()) {
            List<Article> copies = text.getValue().stream()
                    .sorted(Comparator.comparing(StoryPlacer::time).thenComparing(Article::getId)).toList();
            Map<String, String> placed = placements(copies.stream().collect(Collectors.toMap(Article::getId, a -> a)));
            Map<String, String> timeOrder = sequential(copies);
            assertThat(anyOrder(copies)).as("text %s placed as the single index in some order", text.getKey())
                    .contains(placed);
            assertThat(clusterSets(placed)).as("text %s clustered as in (time, id) order", text.getKey())
                    .isEqualTo(clusterSets(timeOrder));
            inTimeOrder += text.getKey().startsWith("g") && placed.equals(timeOrder) ? 1 : 0;
        }
        assertThat(texts.keySet()).filteredOn(id -> id.startsWith("g")).hasSize(GROUPS);
        return inTimeOrder;
    }

    /** Texts placed independently only if no article of one is a near-duplicate of an article of another. */
    private static void assertNoNearDuplicatesAcross(Map<String, List<Article>> texts) {
        List<Map.Entry<String, Article>> all = texts.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(a -> Map.entry(e.getKey(), a))).toList();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (!all.get(i).getKey().equals(all.get(j).getKey())) {
                    assertThat(SimHash.distance(all.get(i).getValue().getFingerprint(),
                            all.get(j).getValue().getFingerprint())).isGreaterThan(MAX_DISTANCE);
                }
            }
        }
    }

    /** The placements of the single index fed the articles in every order. */
    private static Set<Map<String, String>> anyOrder(List<Article> articles) {
        List<Map<String, String>> results = new ArrayList<>();
        permute(List.of(), articles, results);
        return new HashSet<>(results);
    }

    private static void permute(List<Article> order, List<Article> left, List<Map<String, String>> results) {
        if (left.isEmpty()) {
            results.add(sequential(order));
            return;
        }
        for (Article next : left) {
            List<Article> rest = new ArrayList<>(left);
            rest.remove(next);
            List<Article> longer = new ArrayList<>(order);
            longer.add(next);
            permute(longer, rest, results);
        }
    }

    /** id → "clusterId duplicateOf" from the single story index fed the articles in this order. */
    private static Map<String, String> sequential(List<Article> order) {
        StoryIndex index = new StoryIndex(new MemoryBucketStore(), MAX_DISTANCE, Duration.ofDays(7));
        Map<String, Article> placed = new HashMap<>();
        order.forEach(article -> placed.put(article.getId(), StoryPlacer.place(index, article)));
        return placements(placed);
    }

    /** The clusters of a text's placements as sets of ids, whatever their cluster ids. */
    private static Set<Set<String>> clusterSets(Map<String, String> placements) {
        return new HashSet<>(placements.entrySet().stream().collect(Collectors.groupingBy(
                e -> e.getValue().split(" ")[0], Collectors.mapping(Map.Entry::getKey, Collectors.toSet()))).values());
    }

    /**
     * Runs enrich alone on topics with {@code partitions} partitions, wave by wave, clustering by band or in the single
     * task; the articles it wrote, by id.
     */
    private static Map<String, Article> enrich(BrokerAddress broker, Path dir, int partitions,
            List<List<RawArticle>> waves, boolean byBand) {
        String prefix = broker.uniquePrefix("stories-" + partitions);
        Map<String, String> settings = ItSettings.pipeline(prefix, dir.resolve(prefix));
        settings.put("topics.partitions", String.valueOf(partitions));
        settings.put("enrich.stream.threads", "2");
        settings.put("enrich.story.by.band", String.valueOf(byBand));
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        try (Pipeline pipeline = new Pipeline(settings, broker.bootstrapServers(), EnumSet.of(StageName.ENRICH), false);
                KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                        Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all"), new StringSerializer(),
                        pipeline.topics().rawArticles().valueSerde().serializer())) {
            Topics topics = pipeline.topics();
            int sent = 0;
            for (List<RawArticle> wave : waves) {
                wave.forEach(page -> producer.send(new ProducerRecord<>(topics.rawArticles().name(), page.getId(), page)));
                producer.flush();
                sent += wave.size();
                long expected = sent;
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                        .until(() -> TopicReader.count(client, topics.enrichedArticles().name())
                                + TopicReader.count(client, topics.deadLetters().name()) >= expected);
            }
            assertThat(TopicReader.count(client, topics.deadLetters().name())).as("dead letters").isZero();
            Map<String, Article> articles = new HashMap<>();
            for (ConsumerRecord<String, Article> record : TopicReader.readAll(client, topics.enrichedArticles())) {
                assertThat(articles.put(record.key(), record.value())).as("one record per page").isNull();
            }
            return articles;
        }
    }

    /** The placements the single story index gives for the same articles, fed wave by wave. */
    private static Map<String, Article> singleIndex(List<List<RawArticle>> waves, Map<String, Article> enriched) {
        StoryIndex index = new StoryIndex(new MemoryBucketStore(), MAX_DISTANCE, Duration.ofDays(7));
        Map<String, Article> placed = new HashMap<>();
        waves.stream().flatMap(List::stream).map(page -> enriched.get(page.getId()))
                .forEach(article -> placed.put(article.getId(), StoryPlacer.place(index, article)));
        return placed;
    }

    /**
     * Within a wave the order of placement is not fixed (the partitions run concurrently), so the comparison with
     * one order is only fair when no two articles of a wave are near-duplicates: checked, not assumed.
     */
    private static void assertNoNearDuplicatesWithinAWave(List<List<RawArticle>> waves, Map<String, Article> enriched) {
        for (List<RawArticle> wave : waves) {
            List<Long> prints = wave.stream().map(page -> enriched.get(page.getId()).getFingerprint()).toList();
            for (int i = 0; i < prints.size(); i++) {
                for (int j = i + 1; j < prints.size(); j++) {
                    assertThat(SimHash.distance(prints.get(i), prints.get(j))).isGreaterThan(MAX_DISTANCE);
                }
            }
        }
    }

    /** id → "clusterId duplicateOf", sorted by id. */
    private static Map<String, String> placements(Map<String, Article> articles) {
        return articles.values().stream().collect(Collectors.toMap(Article::getId,
                a -> a.getClusterId() + " " + a.getDuplicateOf(), (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Set<String>> clusters(Map<String, Article> articles) {
        return articles.values().stream().collect(Collectors.groupingBy(Article::getClusterId,
                Collectors.mapping(Article::getId, Collectors.toSet())));
    }
}
