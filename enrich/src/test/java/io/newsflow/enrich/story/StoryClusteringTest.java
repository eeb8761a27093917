package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partitioned clustering steps through {@link TopologyTestDriver} (which processes each input to the end, loop
 * topic included, before the next: a sequential input), compared with the single {@link StoryIndex}.
 */
class StoryClusteringTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final StoryRules RULES = new StoryRules(6, Duration.ofDays(7));

    private final Serde<Article> serde = Topics.DEFAULT.enrichedArticles().valueSerde();
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> in;
    private TestOutputTopic<String, Article> out;

    @TempDir
    Path stateDir;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        StoryClustering.place(builder, builder.stream("in", Consumed.with(Serdes.String(), serde)), RULES,
                StoryClustering.loopTopic("app"), serde).to("out", Produced.with(Serdes.String(), serde));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        in = driver.createInputTopic("in", Serdes.String().serializer(), serde.serializer());
        out = driver.createOutputTopic("out", Serdes.String().deserializer(), serde.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void placesEveryArticleAsTheSingleIndexDoes() {
        List<Article> inputs = randomSequence(new Random(13), 400);
        StoryIndex index = new StoryIndex(new MemoryBucketStore(), RULES.maxDistance(), RULES.window());
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Article article : inputs) {
            String id = article == null ? "removed" : article.getId();
            expected.add(describe(id, article == null ? null : StoryPlacer.place(index, article)));
            in.pipeInput(id, article);
            var record = out.readRecord();
            actual.add(describe(record.key(), record.value()));
        }
        assertThat(out.isEmpty()).isTrue();
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(expected).as("the sequence has near-duplicates, re-fetches and removals")
                .filteredOn(line -> line.contains(" dup ")).hasSizeGreaterThan(100);
        assertThat(expected).filteredOn(line -> line.endsWith("null")).hasSizeGreaterThan(5);
    }

    @Test
    void aRemovalPassesOnAndLeavesTheArticleACandidate() {
        in.pipeInput("a", article("a", 0xF0F0_F0F0_F0F0_F0F0L, 0));
        in.pipeInput("a", (Article) null);
        in.pipeInput("b", article("b", 0xF0F0_F0F0_F0F0_F0F1L, DAY));
        List<Article> placed = out.readValuesToList();
        assertThat(placed).hasSize(3);
        assertThat(placed.get(1)).isNull();
        assertThat(placed.get(2).getClusterId()).isEqualTo("a");
        assertThat(placed.get(2).getDuplicateOf()).isEqualTo("a");
    }

    @Test
    void anArticleWithoutFingerprintIsItsOwnClusterWithoutLookups() {
        in.pipeInput("empty", article("empty", 0L, 0));
        Article placed = out.readValue();
        assertThat(placed.getClusterId()).isEqualTo("empty");
        assertThat(placed.getDuplicateOf()).isNull();
    }

    /**
     * Groups of near-duplicates (1-6 bits from the group's first fingerprint, sometimes 7-9: near misses), unrelated
     * articles, re-fetches of earlier ids with the same or an edited body, removals, and times spread over three
     * weeks, partly out of order, so the 7-day window matters.
     */
    private static List<Article> randomSequence(Random random, int size) {
        long[] groups = random.longs(25).toArray();
        List<String> ids = new ArrayList<>();
        List<Article> sequence = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long time = (long) i * 21 * DAY / size + random.nextLong(2 * DAY) - DAY;
            int kind = random.nextInt(20);
            if (kind == 0 && !ids.isEmpty()) {
                sequence.add(null);
                continue;
            }
            String id = kind <= 2 && !ids.isEmpty() ? ids.get(random.nextInt(ids.size())) : "a" + i;
            long base = kind == 3 ? random.nextLong() : groups[random.nextInt(groups.length)];
            sequence.add(article(id, flip(random, base, random.nextInt(10) < 8 ? 6 : 9), time));
            ids.add(id);
        }
        return sequence;
    }

    private static long flip(Random random, long fingerprint, int maxBits) {
        long flipped = fingerprint;
        for (int n = random.nextInt(maxBits + 1); n > 0; n--) {
            flipped ^= 1L << random.nextInt(64);
        }
        return flipped;
    }

    private static String describe(String key, Article article) {
        return article == null ? key + " null"
                : key + " cluster " + article.getClusterId() + (article.getDuplicateOf() == null ? " first"
                        : " dup " + article.getDuplicateOf());
    }

    static Article article(String id, long fingerprint, long time) {
        return Article.newBuilder()
                .setId(id).setUrl("https://example.org/" + id).setFinalUrl("https://example.org/" + id)
                .setTitle("T").setBody("B").setWordCount(1).setLanguage("de")
                .setFetchedAt(START.plusMillis(time)).setPublishedAt(START.plusMillis(time))
                .setFingerprint(fingerprint)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setExtractorVersion("test")
                .build();
    }
}
