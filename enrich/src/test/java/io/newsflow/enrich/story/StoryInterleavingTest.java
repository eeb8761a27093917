package io.newsflow.enrich.story;

import static io.newsflow.enrich.story.StoryClusteringTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicates in flight together, through the topology (TopologyTestDriver): the loop topic is split in two, so
 * the test holds the lookups, remembers and verdicts back and delivers them in the order it chooses, one band key's
 * records in the order they were written (one key is one partition of the real loop topic). The answers come back at
 * once. Every article must leave, placed as the single index places them in (time, id) order when they were looked up
 * before either was placed.
 */
class StoryInterleavingTest {

    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final StoryRules RULES = new StoryRules(6, Duration.ofDays(7));
    private static final long A = 0x0123_4567_89ab_cdefL;

    private final Serde<Article> serde = Topics.DEFAULT.enrichedArticles().valueSerde();
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> in;
    private TestInputTopic<String, String> loopIn;
    private TestOutputTopic<String, String> loopOut;
    private TestOutputTopic<String, Article> out;
    private final List<TestRecord<String, String>> inFlight = new ArrayList<>();

    @TempDir
    Path stateDir;

    @BeforeEach
    void start() {
        inFlight.clear();
        StreamsBuilder builder = new StreamsBuilder();
        StoryClustering.place(builder, builder.stream("in", Consumed.with(Serdes.String(), serde)), RULES, "loop-in",
                "loop-out", serde).to("out", Produced.with(Serdes.String(), serde));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(UUID.randomUUID().toString()).toString());
        driver = new TopologyTestDriver(builder.build(), props);
        in = driver.createInputTopic("in", Serdes.String().serializer(), serde.serializer());
        loopIn = driver.createInputTopic("loop-in", Serdes.String().serializer(), Serdes.String().serializer());
        loopOut = driver.createOutputTopic("loop-out", Serdes.String().deserializer(), Serdes.String().deserializer());
        out = driver.createOutputTopic("out", Serdes.String().deserializer(), serde.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void twoNearDuplicatesLookedUpTogetherArePlacedInTimeOrderWhicheverCameFirst() {
        Article a = article("a", A, 0);
        Article b = article("b", A ^ 0b11_0000_0000_0000L, HOUR);
        for (List<Article> arrival : List.of(List.of(a, b), List.of(b, a))) {
            stop();
            start();
            arrival.forEach(article -> in.pipeInput(article.getId(), article));
            lookUpAllButLastBand(arrival.get(0));
            lookUp(arrival.get(1));
            deliverAll();
            assertThat(placements()).as("arrival %s", ids(arrival))
                    .isEqualTo(Map.of("a", "a first", "b", "a dup a")).isEqualTo(singleIndex(List.of(a, b)));
        }
    }

    @Test
    void threeNearDuplicatesLookedUpTogetherArePlacedInTimeOrder() {
        Article a = article("a", A, 0);
        Article b = article("b", A ^ 0b1111L << 20, HOUR);
        Article c = article("c", A ^ 0b1111L << 20 ^ 0b11L << 40, 2 * HOUR);
        in.pipeInput("c", c);
        in.pipeInput("b", b);
        in.pipeInput("a", a);
        lookUpAllButLastBand(c);
        lookUpAllButLastBand(b);
        lookUp(a);
        deliverAll();
        assertThat(placements()).isEqualTo(Map.of("a", "a first", "b", "a dup a", "c", "a dup b"))
                .isEqualTo(singleIndex(List.of(a, b, c)));
    }

    /**
     * A re-fetch of a waiting article and a removal of a waiting article queue behind them; the re-fetch is looked up
     * once its first version is placed, and may come before or after the other article (both are in flight then).
     */
    @Test
    void aRefetchAndARemovalWhilePendingQueueBehindTheirArticle() {
        Article a = article("a", A, 0);
        Article b = article("b", A ^ 0b101L << 30, HOUR);
        Article refetched = article("a", A ^ 1L << 62, 0);
        in.pipeInput("b", b);
        in.pipeInput("a", a);
        in.pipeInput("a", refetched);
        in.pipeInput("b", (Article) null);
        lookUpAllButLastBand(b);
        lookUp(a);
        deliverAll();
        List<String> placed = out.readRecordsToList().stream().map(r -> r.key() + " " + describe(r.value())).toList();
        assertThat(placed).hasSize(4);
        assertThat(placed.stream().filter(p -> p.startsWith("b ")).toList()).containsExactly("b a dup a", "b removed");
        assertThat(placed.stream().filter(p -> p.startsWith("a ")).toList()).first().isEqualTo("a a first");
        String second = placed.stream().filter(p -> p.startsWith("a ")).toList().get(1).substring(2);
        assertThat(List.of(sequential(List.of(a, b, refetched)).get("a"), sequential(List.of(a, refetched, b))
                .get("a"))).as("the re-fetch placed after b or before it").contains(second);
    }

    /**
     * Four near-duplicates in random arrival and delivery orders (each key's records in write order): every article
     * leaves, and the placements are those of the single index fed the articles in some order, so no story splits.
     */
    @Test
    void everyDeliveryOrderPlacesAllAsTheSingleIndexDoesInSomeOrder() {
        List<Article> group = List.of(article("a", A, 0), article("b", A ^ 0b11L << 8, HOUR),
                article("c", A ^ 0b11L << 30, HOUR), article("d", A ^ 0b1L << 50 ^ 0b1L << 9, 3 * HOUR));
        Set<Map<String, String>> sequential = new HashSet<>();
        permutations(group, new ArrayList<>(), sequential);
        Random random = new Random(13);
        int inTimeOrder = 0;
        for (int trial = 0; trial < 60; trial++) {
            stop();
            start();
            List<Article> arrival = new ArrayList<>(group);
            java.util.Collections.shuffle(arrival, random);
            for (Article article : arrival) {
                in.pipeInput(article.getId(), article);
                deliverRandomly(random, random.nextInt(20));
            }
            deliverRandomly(random, Integer.MAX_VALUE);
            Map<String, String> placed = placements();
            assertThat(placed).as("trial %d, arrival %s", trial, ids(arrival)).hasSize(group.size());
            assertThat(sequential).as("trial %d", trial).contains(placed);
            assertThat(new HashSet<>(placed.values().stream().map(p -> p.split(" ")[0]).toList())).hasSize(1);
            inTimeOrder += placed.equals(singleIndex(group)) ? 1 : 0;
        }
        assertThat(inTimeOrder).as("trials placed in (time, id) order").isGreaterThan(10);
    }

    /** Delivers every lookup of the article. */
    private void lookUp(Article article) {
        deliver(r -> r.value().startsWith("lookup " + article.getId() + " "));
    }

    /** Delivers every lookup of the article but its last band's, so it is looked up and cannot be placed yet. */
    private void lookUpAllButLastBand(Article article) {
        String last = RULES.bandKeys(article.getFingerprint()).get(RULES.bands() - 1);
        deliver(r -> r.value().startsWith("lookup " + article.getId() + " ") && !r.key().equals(last));
    }

    private void deliver(Predicate<TestRecord<String, String>> which) {
        inFlight.addAll(loopOut.readRecordsToList());
        List<TestRecord<String, String>> chosen = inFlight.stream().filter(which).toList();
        inFlight.removeAll(chosen);
        chosen.forEach(r -> loopIn.pipeInput(r.key(), r.value()));
    }

    private void deliverAll() {
        deliverRandomly(null, Integer.MAX_VALUE);
    }

    /** Delivers up to {@code count} records, each the oldest of a random key (the oldest overall without random). */
    private void deliverRandomly(Random random, int count) {
        for (int n = 0; n < count; n++) {
            inFlight.addAll(loopOut.readRecordsToList());
            if (inFlight.isEmpty()) {
                return;
            }
            String key = random == null ? inFlight.get(0).key() : inFlight.get(random.nextInt(inFlight.size())).key();
            TestRecord<String, String> next = inFlight.stream().filter(r -> r.key().equals(key)).findFirst().get();
            inFlight.remove(next);
            loopIn.pipeInput(next.key(), next.value());
        }
    }

    private Map<String, String> placements() {
        Map<String, String> placed = new LinkedHashMap<>();
        out.readRecordsToList().forEach(r -> placed.put(r.key(), describe(r.value())));
        return placed;
    }

    /** The single index's placements in (time, id) order. */
    private static Map<String, String> singleIndex(List<Article> articles) {
        return sequential(articles.stream()
                .sorted(Comparator.comparing(StoryPlacer::time).thenComparing(Article::getId)).toList());
    }

    /** The single index's placements in the given order; for two versions of one id, the last one's. */
    private static Map<String, String> sequential(List<Article> order) {
        StoryIndex index = new StoryIndex(new MemoryBucketStore(), RULES.maxDistance(), RULES.window());
        Map<String, String> placed = new LinkedHashMap<>();
        order.forEach(a -> placed.put(a.getId(), describe(StoryPlacer.place(index, a))));
        return placed;
    }

    private static void permutations(List<Article> left, List<Article> order, Set<Map<String, String>> results) {
        if (left.isEmpty()) {
            results.add(sequential(order));
            return;
        }
        for (Article next : left) {
            List<Article> rest = new ArrayList<>(left);
            rest.remove(next);
            List<Article> longer = new ArrayList<>(order);
            longer.add(next);
            permutations(rest, longer, results);
        }
    }

    private static String describe(Article article) {
        return article == null ? "removed"
                : article.getClusterId() + (article.getDuplicateOf() == null ? " first" : " dup " + article.getDuplicateOf());
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::getId).toList();
    }
}
