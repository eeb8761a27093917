package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.LineageHeaders;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.ArticleKind;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.Story;
import io.newsflow.schemas.avro.StoryMember;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutingTopologyTest {

    private static final Map<String, String> ROUTES = Map.of(
            "publish.routes.0.name", "german",
            "publish.routes.0.topic", "newsflow.articles.de.v1",
            "publish.routes.0.when.language", "de",
            "publish.routes.1.name", "by-section",
            "publish.routes.1.topic", "newsflow.section.{section}.v1",
            "publish.routes.2.name", "politics-json",
            "publish.routes.2.topic", "newsflow.politics.json.v1",
            "publish.routes.2.format", "json",
            "publish.routes.2.when.section", "Politik,politics",
            "publish.routes.2.when.kind", "ARTICLE");

    private final Topics topics = Topics.DEFAULT;
    private final List<String> created = new ArrayList<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> in;

    @BeforeEach
    void start() {
        PublishConfig config = PublishConfig.load(ROUTES);
        Properties props = PublishApp.properties(config, topics, Map.of("bootstrap.servers", "unused:9092"));
        driver = new TopologyTestDriver(PublishApp.topology(config, topics, created::addAll), props);
        in = driver.createInputTopic(topics.enrichedArticles().name(), Serdes.String().serializer(),
                topics.enrichedArticles().valueSerde().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void publishesEveryArticleUnderItsIdWithLineageHeaders() {
        in.pipeInput("id-1", article("id-1", "en", "Sport"));

        TestRecord<String, Article> published = avro(topics.articles().name()).readRecord();
        assertThat(published.key()).isEqualTo("id-1");
        assertThat(published.value()).isEqualTo(article("id-1", "en", "Sport"));
        assertThat(header(published, LineageHeaders.ROUTE)).isEqualTo("articles");
        assertThat(header(published, LineageHeaders.SOURCE)).isEqualTo("https://example.org/feed.xml");
        assertThat(header(published, LineageHeaders.DISCOVERY_METHOD)).isEqualTo("FEED");
        assertThat(header(published, LineageHeaders.EXTRACTOR_VERSION)).isEqualTo("test");
        assertThat(header(published, LineageHeaders.FETCHED_AT)).isEqualTo("1970-01-01T00:00:01Z");
        assertThat(header(published, LineageHeaders.PIPELINE_VERSION)).isNotBlank().doesNotContain("${");
        assertThat(header(published, LineageHeaders.SCHEMA_FINGERPRINT)).hasSize(16)
                .isEqualTo(fingerprintInBytes(published.value()));
    }

    @Test
    void routesByLanguageAndBySectionTemplate() {
        in.pipeInput("de-1", article("de-1", "de", "Außenpolitik"));
        in.pipeInput("en-1", article("en-1", "en", "World News"));

        assertThat(avro("newsflow.articles.de.v1").readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("de-1");
        assertThat(avro("newsflow.section.aussenpolitik.v1").readRecord().key()).isEqualTo("de-1");
        TestRecord<String, Article> world = avro("newsflow.section.world-news.v1").readRecord();
        assertThat(world.key()).isEqualTo("en-1");
        assertThat(header(world, LineageHeaders.ROUTE)).isEqualTo("by-section");
        assertThat(created).containsExactly("newsflow.articles.de.v1", "newsflow.politics.json.v1",
                "newsflow.section.aussenpolitik.v1", "newsflow.section.world-news.v1");
    }

    @Test
    void writesJsonRoutesWithAvroFieldNamesAndIsoDates() throws IOException {
        Article politics = article("p-1", "de", "Politik");
        politics.setPublishedAt(Instant.parse("2023-07-26T07:41:00Z"));
        in.pipeInput("p-1", politics);
        in.pipeInput("p-2", withKind(article("p-2", "de", "Politik"), ArticleKind.LIVE_BLOG));

        TestOutputTopic<String, String> json = driver.createOutputTopic("newsflow.politics.json.v1",
                Serdes.String().deserializer(), Serdes.String().deserializer());
        TestRecord<String, String> record = json.readRecord();
        JsonNode value = new ObjectMapper().readTree(record.value());
        assertThat(record.key()).isEqualTo("p-1");
        assertThat(value.path("id").asText()).isEqualTo("p-1");
        assertThat(value.path("publishedAt").asText()).isEqualTo("2023-07-26T07:41:00Z");
        assertThat(value.path("discovery").path("method").asText()).isEqualTo("FEED");
        assertThat(value.path("entities").get(0).path("name").asText()).isEqualTo("Olaf Scholz");
        assertThat(header(record, LineageHeaders.ROUTE)).isEqualTo("politics-json");
        assertThat(json.isEmpty()).as("a live blog is not kind ARTICLE").isTrue();
    }

    @Test
    void aChangedArticleReplacesTheOldOneAndLeavesRoutesItNoLongerMatches() {
        in.pipeInput("id-1", article("id-1", "de", "Politik"));
        Article moved = article("id-1", "en", "Sport");
        moved.setTitle("Corrected title");
        in.pipeInput("id-1", moved);

        List<TestRecord<String, Article>> german = avro("newsflow.articles.de.v1").readRecordsToList();
        assertThat(german).extracting(TestRecord::key).containsExactly("id-1", "id-1");
        assertThat(german.get(1).value()).as("tombstone").isNull();
        assertThat(header(german.get(1), LineageHeaders.ROUTE)).isEqualTo("german");
        assertThat(avro("newsflow.section.politik.v1").readRecordsToList()).extracting(TestRecord::value)
                .containsExactly(article("id-1", "de", "Politik"), null);
        assertThat(avro("newsflow.section.sport.v1").readRecord().value().getTitle()).isEqualTo("Corrected title");
        assertThat(avro(topics.articles().name()).readRecordsToList()).extracting(r -> r.value().getTitle())
                .containsExactly("Title id-1", "Corrected title");
    }

    @Test
    void aRemovedArticleLeavesTombstonesWhereverItWent() {
        in.pipeInput("id-1", article("id-1", "de", "Politik"));
        in.pipeInput("id-1", (Article) null);

        assertThat(avro(topics.articles().name()).readRecordsToList()).extracting(TestRecord::value).last().isNull();
        assertThat(avro("newsflow.articles.de.v1").readRecordsToList()).extracting(TestRecord::value).last().isNull();
    }

    @Test
    void writesOneMentionPerEntityKeyedByTypeAndNormalisedName() {
        in.pipeInput("id-1", article("id-1", "de", "Politik"));

        TestOutputTopic<String, Mention> mentions = driver.createOutputTopic(topics.mentions().name(),
                Serdes.String().deserializer(), topics.mentions().valueSerde().deserializer());
        List<TestRecord<String, Mention>> records = mentions.readRecordsToList();
        assertThat(records).extracting(TestRecord::key).containsExactly("PERSON:olaf scholz", "LOCATION:berlin");
        Mention scholz = records.get(0).value();
        assertThat(scholz.getArticleId()).isEqualTo("id-1");
        assertThat(scholz.getMentions()).isEqualTo(3);
        assertThat(scholz.getFirstOffset()).isEqualTo(12);
        assertThat(scholz.getLanguage()).isEqualTo("de");
        assertThat(header(records.get(0), LineageHeaders.ROUTE)).isEqualTo("mentions");
    }

    @Test
    void foldsNearDuplicatesIntoOneStory() {
        Article first = article("a-1", "de", "Politik");
        Article copy = article("b-1", "en", "Politik");
        copy.setUrl("https://www.other.example/b");
        copy.setFetchedAt(Instant.ofEpochMilli(5000));
        copy.setClusterId("a-1");
        copy.setDuplicateOf("a-1");
        first.setClusterId("a-1");
        in.pipeInput("a-1", first);
        in.pipeInput("b-1", copy);
        in.pipeInput("b-1", copy); // a re-publication does not add a member

        TestOutputTopic<String, Story> stories = driver.createOutputTopic(topics.stories().name(),
                Serdes.String().deserializer(), topics.stories().valueSerde().deserializer());
        List<TestRecord<String, Story>> updates = stories.readRecordsToList();
        Story story = updates.get(updates.size() - 1).value();
        assertThat(updates).extracting(TestRecord::key).containsOnly("a-1");
        assertThat(story.getSize()).isEqualTo(2);
        assertThat(story.getMembers()).extracting(StoryMember::getArticleId).containsExactly("a-1", "b-1");
        assertThat(story.getMembers().get(1).getDuplicateOf()).isEqualTo("a-1");
        assertThat(story.getSites()).containsExactly("example.org", "other.example");
        assertThat(story.getLanguages()).containsExactly("de", "en");
        assertThat(story.getFirstSeen()).isEqualTo(Instant.ofEpochMilli(1000));
        assertThat(story.getLastSeen()).isEqualTo(Instant.ofEpochMilli(5000));
        assertThat(header(updates.get(0), LineageHeaders.ROUTE)).isEqualTo("stories");
    }

    @Test
    void aRemovedOrReclusteredArticleLeavesItsStoryAndAnEmptyStoryIsDeleted() {
        Article first = article("a-1", "de", "Politik");
        first.setClusterId("a-1");
        Article second = article("b-1", "de", "Politik");
        second.setClusterId("a-1");
        in.pipeInput("a-1", first);
        in.pipeInput("b-1", second);
        Article reclustered = article("b-1", "de", "Politik");
        reclustered.setClusterId("b-1");
        in.pipeInput("b-1", reclustered);
        in.pipeInput("a-1", (Article) null);

        TestOutputTopic<String, Story> stories = driver.createOutputTopic(topics.stories().name(),
                Serdes.String().deserializer(), topics.stories().valueSerde().deserializer());
        Map<String, Story> latest = new HashMap<>();
        List<TestRecord<String, Story>> updates = stories.readRecordsToList();
        updates.forEach(update -> latest.put(update.key(), update.value()));
        assertThat(updates).extracting(u -> u.key() + ":" + (u.value() == null ? "deleted" : u.value().getSize()))
                .containsExactly("a-1:1", "a-1:2", "a-1:1", "b-1:1", "a-1:deleted");
        assertThat(latest.get("a-1")).isNull();
        assertThat(latest.get("b-1").getMembers()).extracting(StoryMember::getArticleId).containsExactly("b-1");
    }

    @Test
    void refusesARouteToOneOfThePipelinesOwnTopics() {
        PublishConfig config = PublishConfig.load(Map.of("publish.routes.0.name", "loop",
                "publish.routes.0.topic", topics.enrichedArticles().name()));

        assertThatThrownBy(() -> PublishApp.router(config, topics)).hasMessage("publish route 'loop': topic "
                + topics.enrichedArticles().name() + " is one of the pipeline's own topics; name another");
    }

    @Test
    void skipsPastRecordsItCannotDecode() {
        // TopologyTestDriver does not capture the dead-letter records that handlers return (it has no record
        // collector for them); DeadLetterExceptionHandlerTest checks the records, PipelineIT their arrival on a broker.
        TestInputTopic<String, byte[]> raw = driver.createInputTopic(topics.enrichedArticles().name(),
                Serdes.String().serializer(), Serdes.ByteArray().serializer());
        raw.pipeInput("id-2", "not avro".getBytes(StandardCharsets.UTF_8));
        in.pipeInput("id-3", article("id-3", "en", "Sport"));

        assertThat(avro(topics.articles().name()).readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("id-3");
    }

    private TestOutputTopic<String, Article> avro(String topic) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(),
                topics.articles().valueSerde().deserializer());
    }

    private static String header(TestRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The writer-schema fingerprint the single-object encoding carries (bytes 2-9, little-endian). */
    private String fingerprintInBytes(Article article) {
        byte[] bytes = topics.articles().valueSerde().serializer().serialize("t", article);
        long fingerprint = 0;
        for (int i = 9; i >= 2; i--) {
            fingerprint = (fingerprint << 8) | (bytes[i] & 0xff);
        }
        return String.format("%016x", fingerprint);
    }

    private static Article withKind(Article article, ArticleKind kind) {
        article.setKind(kind);
        return article;
    }

    static Article article(String id, String language, String section) {
        return Article.newBuilder()
                .setId(id).setUrl("https://example.org/" + id).setFinalUrl("https://example.org/" + id)
                .setTitle("Title " + id).setBody("Body text.").setWordCount(2).setFetchedAt(Instant.ofEpochMilli(1000))
                .setLanguage(language).setSection(section)
                .setEntities(List.of(
                        Entity.newBuilder().setName("Olaf Scholz").setType(EntityType.PERSON).setAliases(List.of("Scholz"))
                                .setMentions(3).setFirstOffset(12).build(),
                        Entity.newBuilder().setName("Berlin").setType(EntityType.LOCATION).setMentions(1)
                                .setFirstOffset(40).build()))
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.FEED)
                        .setSourceUrl("https://example.org/feed.xml").build())
                .setExtractorVersion("test")
                .build();
    }
}
