package io.newsflow.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.schemas.LineageHeaders;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.Story;
import io.newsflow.schemas.avro.StoryMember;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish stage alone on a real broker, fed enriched articles directly, with the routes of the README's example
 * read from YAML: routing by language and by a section template, a JSON route, lineage headers, a correction that
 * moves an article between routes, the mentions and stories topics, and a removal leaving tombstones.
 */
@ExtendWith(KafkaBroker.class)
class PublishRoutesIT {

    private static final String ROUTES = """
            publish:
              routes:
                - name: german
                  topic: PREFIX.articles.de.v1
                  when: { language: [de] }
                - name: by-section
                  topic: "PREFIX.section.{section}.v1"
                - name: politics-json
                  topic: PREFIX.politics.json.v1
                  format: json
                  when: { section: [Politik, politics], kind: [ARTICLE] }
            """;

    @Test
    void routesCorrectsAndDerivesMentionsAndStories(BrokerAddress broker, @TempDir Path dir) throws IOException {
        String prefix = broker.uniquePrefix("routes");
        Map<String, String> settings = settings(prefix, dir);
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        try (Pipeline pipeline = new Pipeline(settings, broker.bootstrapServers(), Set.of(StageName.PUBLISH), false)) {
            Topics topics = pipeline.topics();
            Article original = article("a1", "de", "Politik", "https://www.nachrichten.example/a1", null);
            produce(broker, topics, List.of(original,
                    article("a2", "de", "Politik", "https://zeitung.example/a2", "a1"),
                    article("b1", "en", "World", "https://news.example/b1", null)));
            pipeline.awaitIdle(Duration.ofMinutes(2));

            assertRouted(client, topics, prefix);
            assertJsonRoute(client, topics, prefix + ".politics.json.v1");
            assertMentions(client, topics);
            assertStories(client, topics);

            Article corrected = article("a1", "en", "World", "https://www.nachrichten.example/a1", null);
            corrected.setTitle("Corrected: Scholz in Berlin");
            produce(broker, topics, List.of(corrected));
            pipeline.awaitIdle(Duration.ofMinutes(2));

            assertMoved(client, topics, prefix);

            produceRemoval(broker, topics, "a2"); // what enrich is to forward when ingest finds a page gone (404/410)
            pipeline.awaitIdle(Duration.ofMinutes(2));

            assertRemoved(client, topics, prefix, "a2");
        }
    }

    private static void assertRemoved(Map<String, Object> client, Topics topics, String prefix, String id) {
        Map<String, byte[]> articles = latest(client, topics, topics.articles().name());
        assertThat(articles).containsKey(id);
        assertThat(articles.get(id)).as("tombstone on the articles topic").isNull();
        assertThat(latest(client, topics, prefix + ".articles.de.v1")).containsEntry(id, null);
        assertThat(latest(client, topics, prefix + ".section.politik.v1")).containsEntry(id, null);
        assertThat(latest(client, topics, prefix + ".politics.json.v1")).containsEntry(id, null);
        Map<String, Story> stories = new HashMap<>();
        TopicReader.readAll(client, topics.stories()).forEach(r -> stories.put(r.key(), r.value()));
        assertThat(stories.get("a1").getMembers()).extracting(StoryMember::getArticleId).containsExactly("a1");
    }

    private static void produceRemoval(BrokerAddress broker, Topics topics, String id) {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                broker.bootstrapServers()), topics.enrichedArticles().keySerde().serializer(),
                topics.enrichedArticles().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.enrichedArticles().name(), id, null));
            producer.flush();
        }
    }

    private static Map<String, String> settings(String prefix, Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("routes.yml"), ROUTES.replace("PREFIX", prefix));
        Map<String, String> settings = new HashMap<>(SettingsSource.read(file));
        settings.put("topics.prefix", prefix);
        settings.put("topics.partitions", "3");
        settings.put("publish.application.id", prefix + "-publish");
        settings.put("publish.state.dir", dir.resolve("publish").toString());
        settings.put("pipeline.idle.after", "2s");
        return settings;
    }

    private static void assertRouted(Map<String, Object> client, Topics topics, String prefix) {
        assertThat(latest(client, topics, prefix + ".articles.de.v1").keySet()).containsExactlyInAnyOrder("a1", "a2");
        assertThat(latest(client, topics, prefix + ".section.politik.v1").keySet()).containsExactlyInAnyOrder("a1", "a2");
        assertThat(latest(client, topics, prefix + ".section.world.v1").keySet()).containsExactly("b1");
        List<ConsumerRecord<String, Article>> articles = TopicReader.readAll(client, topics.articles());
        assertThat(articles).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("a1", "a2", "b1");
        ConsumerRecord<String, Article> a1 = articles.stream().filter(r -> r.key().equals("a1")).findFirst().orElseThrow();
        assertThat(header(a1, LineageHeaders.ROUTE)).isEqualTo("articles");
        assertThat(header(a1, LineageHeaders.SOURCE)).isEqualTo("https://www.nachrichten.example/feed.xml");
        assertThat(header(a1, LineageHeaders.DISCOVERY_METHOD)).isEqualTo("FEED");
        assertThat(header(a1, LineageHeaders.EXTRACTOR_VERSION)).isEqualTo("it");
        assertThat(header(a1, LineageHeaders.FETCHED_AT)).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(header(a1, LineageHeaders.PIPELINE_VERSION)).isNotBlank();
        assertThat(header(a1, LineageHeaders.SCHEMA_FINGERPRINT)).matches("[0-9a-f]{16}");
    }

    private static void assertJsonRoute(Map<String, Object> client, Topics topics, String topic) throws IOException {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(client, topics.routed(topic));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("a1", "a2");
        ConsumerRecord<String, byte[]> a1 = records.stream().filter(r -> r.key().equals("a1")).findFirst().orElseThrow();
        JsonNode json = new ObjectMapper().readTree(new String(a1.value(), StandardCharsets.UTF_8));
        assertThat(json.path("id").asText()).isEqualTo("a1");
        assertThat(json.path("section").asText()).isEqualTo("Politik");
        assertThat(json.path("publishedAt").asText()).isEqualTo("2026-01-05T09:30:00Z");
        assertThat(json.path("entities").get(0).path("type").asText()).isEqualTo("PERSON");
        assertThat(new String(a1.headers().lastHeader(LineageHeaders.ROUTE).value(), StandardCharsets.UTF_8))
                .isEqualTo("politics-json");
    }

    private static void assertMentions(Map<String, Object> client, Topics topics) {
        List<ConsumerRecord<String, Mention>> mentions = TopicReader.readAll(client, topics.mentions());
        assertThat(mentions).filteredOn(r -> r.key().equals("PERSON:olaf scholz"))
                .extracting(r -> r.value().getArticleId()).containsExactlyInAnyOrder("a1", "a2", "b1");
        assertThat(mentions).filteredOn(r -> r.key().equals("LOCATION:berlin")).hasSize(3);
        Mention a1 = mentions.stream().map(ConsumerRecord::value)
                .filter(m -> m.getArticleId().equals("a1") && m.getEntityType() == EntityType.PERSON).findFirst().orElseThrow();
        assertThat(a1.getMentions()).isEqualTo(3);
        assertThat(a1.getFirstOffset()).isEqualTo(12);
        assertThat(a1.getTitle()).isEqualTo("Scholz in Berlin a1");
        assertThat(a1.getLanguage()).isEqualTo("de");
    }

    private static void assertStories(Map<String, Object> client, Topics topics) {
        Map<String, Story> stories = new HashMap<>();
        TopicReader.readAll(client, topics.stories()).forEach(r -> stories.put(r.key(), r.value()));
        assertThat(stories.keySet()).containsExactlyInAnyOrder("a1", "b1");
        Story a1 = stories.get("a1");
        assertThat(a1.getSize()).isEqualTo(2);
        assertThat(a1.getMembers()).extracting(StoryMember::getArticleId).containsExactly("a1", "a2");
        assertThat(a1.getSites()).containsExactly("nachrichten.example", "zeitung.example");
        assertThat(a1.getMembers().get(1).getDuplicateOf()).isEqualTo("a1");
        assertThat(stories.get("b1").getSize()).isEqualTo(1);
    }

    private static void assertMoved(Map<String, Object> client, Topics topics, String prefix) {
        assertThat(latest(client, topics, prefix + ".articles.de.v1")).containsEntry("a1", null);
        assertThat(latest(client, topics, prefix + ".section.politik.v1")).containsEntry("a1", null);
        assertThat(latest(client, topics, prefix + ".politics.json.v1")).containsEntry("a1", null);
        Article moved = decode(latest(client, topics, prefix + ".section.world.v1").get("a1"), topics);
        assertThat(moved.getTitle()).isEqualTo("Corrected: Scholz in Berlin");
        List<ConsumerRecord<String, Article>> articles = TopicReader.readAll(client, topics.articles());
        assertThat(articles.get(articles.size() - 1).value()).isNotNull();
        assertThat(articles).filteredOn(r -> r.key().equals("a1")).extracting(r -> r.value().getTitle())
                .containsExactly("Scholz in Berlin a1", "Corrected: Scholz in Berlin");
        Map<String, Story> stories = new HashMap<>();
        TopicReader.readAll(client, topics.stories()).forEach(r -> stories.put(r.key(), r.value()));
        assertThat(stories.get("a1").getSize()).as("the correction replaces its member").isEqualTo(2);
        assertThat(stories.get("a1").getMembers().get(0).getTitle()).isEqualTo("Corrected: Scholz in Berlin");
        assertThat(stories.get("a1").getLanguages()).containsExactly("de", "en");
    }

    /** The latest value under each key of a routed topic (null for a tombstone), as compaction will leave it. */
    private static Map<String, byte[]> latest(Map<String, Object> client, Topics topics, String topic) {
        Map<String, byte[]> latest = new HashMap<>();
        TopicReader.readAll(client, topics.routed(topic)).forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }

    private static Article decode(byte[] bytes, Topics topics) {
        return topics.articles().valueSerde().deserializer().deserialize("t", bytes);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void produce(BrokerAddress broker, Topics topics, List<Article> articles) {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                broker.bootstrapServers()), topics.enrichedArticles().keySerde().serializer(),
                topics.enrichedArticles().valueSerde().serializer())) {
            articles.forEach(a -> producer.send(new ProducerRecord<>(topics.enrichedArticles().name(), a.getId(), a)));
            producer.flush();
        }
    }

    private static Article article(String id, String language, String section, String url, String duplicateOf) {
        return Article.newBuilder()
                .setId(id).setUrl(url).setFinalUrl(url).setTitle("Scholz in Berlin " + id).setBody("Body.")
                .setWordCount(1).setFetchedAt(Instant.parse("2026-01-05T10:00:00Z"))
                .setPublishedAt(Instant.parse("2026-01-05T09:30:00Z"))
                .setLanguage(language).setSection(section)
                .setClusterId(duplicateOf == null ? id : duplicateOf).setDuplicateOf(duplicateOf)
                .setEntities(List.of(
                        Entity.newBuilder().setName("Olaf Scholz").setType(EntityType.PERSON)
                                .setAliases(List.of("Scholz")).setMentions(3).setFirstOffset(12).build(),
                        Entity.newBuilder().setName("Berlin").setType(EntityType.LOCATION).setMentions(1)
                                .setFirstOffset(40).build()))
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.FEED)
                        .setSourceUrl("https://www.nachrichten.example/feed.xml").build())
                .setExtractorVersion("it")
                .build();
    }
}
