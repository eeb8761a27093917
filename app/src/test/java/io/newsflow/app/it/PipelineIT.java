package io.newsflow.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.sample.SampleArticle;
import io.newsflow.app.sample.SampleSite;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.runtime.deadletter.DeadLetterWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Sends the sample site, a malformed page and an undecodable record through ingest → enrich → publish. */
@ExtendWith(KafkaBroker.class)
class PipelineIT {

    private static final String SEED = "articles/politik/russland-nordkorea-schoigu-besuch-kim-militaer-92420417.html";
    private static final byte[] GARBAGE = "this is not a single-object encoded RawArticle".getBytes(StandardCharsets.UTF_8);

    private SampleSite site;
    private HttpServer brokenSite;

    @BeforeEach
    void startSites() throws IOException {
        site = SampleSite.start();
        brokenSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        brokenSite.createContext("/broken.html", exchange -> {
            // a page that came back cut off: markup and navigation, no article text
            byte[] body = "<html><head><title>Fehler</title></head><body><nav><a href='/'>Start</a></nav><div><p>\u0000\u0001"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        brokenSite.start();
    }

    @AfterEach
    void stopSites() {
        site.close();
        brokenSite.stop(0);
    }

    @Test
    void everyInputEndsOnTheArticlesTopicOrInTheDeadLetterTopic(BrokerAddress broker, @TempDir Path dir) throws IOException {
        String prefix = broker.uniquePrefix("pipeline");
        Path list = Files.writeString(dir.resolve("urls.txt"),
                "# a page without an article\nhttp://127.0.0.1:" + brokenSite.getAddress().getPort() + "/broken.html\n");
        Map<String, String> settings = settings(prefix, dir, list);

        try (Pipeline pipeline = new Pipeline(settings, broker.bootstrapServers(), Pipeline.allStages(), false)) {
            Topics topics = pipeline.topics();
            pipeline.drainSources();
            String garbageKey = produceGarbage(broker, topics.rawArticles().name());
            pipeline.awaitIdle(Duration.ofMinutes(3));

            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            // raw holds the undecodable record too: read its keys without decoding values
            Topic<String, byte[]> rawBytes = new Topic<>(topics.rawArticles().name(), Serdes.String(), Serdes.ByteArray(),
                    1, (short) -1, Map.of());
            List<String> rawIds = TopicReader.readAll(client, rawBytes).stream()
                    .map(ConsumerRecord::key).toList();
            Map<String, Article> articles = TopicReader.readAll(client, topics.articles()).stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> b));
            List<ConsumerRecord<String, DeadLetter>> dead = TopicReader.readAll(client, topics.deadLetters());

            assertEverySampleArticlePublished(articles.values());
            assertSeedArticle(articles.values());
            assertUndecodableRecordDeadLettered(dead, garbageKey, topics.rawArticles().name());
            assertBrokenPageDeadLettered(dead);
            assertNothingLost(rawIds, garbageKey, articles.keySet(), dead);
        }
    }

    private Map<String, String> settings(String prefix, Path dir, Path list) {
        Map<String, String> settings = ItSettings.pipeline(prefix, dir);
        settings.put("ingest.allow.addresses", "127.0.0.0/8,::1"); // the test site is on loopback
        settings.put("ingest.host.delay", "50ms");
        settings.put("ingest.sources.0.type", "feed");
        settings.put("ingest.sources.0.url", site.base() + "/feed.xml");
        settings.put("ingest.sources.1.type", "feed");
        settings.put("ingest.sources.1.url", site.base() + "/atom.xml");
        settings.put("ingest.sources.2.type", "list");
        settings.put("ingest.sources.2.path", list.toString());
        settings.put("pipeline.idle.after", "2s");
        return settings;
    }

    private static String produceGarbage(BrokerAddress broker, String topic) {
        String key = "undecodable-" + Instant.now().toEpochMilli();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), GARBAGE));
            producer.flush();
        }
        return key;
    }

    private void assertEverySampleArticlePublished(java.util.Collection<Article> articles) {
        Set<String> urls = articles.stream().map(Article::getUrl).collect(Collectors.toSet());
        List<SampleArticle> samples = SampleSite.articles();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(10);
        assertThat(urls).containsAll(samples.stream().map(sample -> sample.url(site.base())).toList());
        for (SampleArticle sample : samples) {
            Article article = articles.stream().filter(a -> a.getUrl().equals(sample.url(site.base()))).findFirst().orElseThrow();
            assertThat(article.getLanguage()).as(sample.path()).isEqualTo(sample.language());
            assertThat(article.getWordCount()).as(sample.path()).isGreaterThan(100);
        }
    }

    private void assertSeedArticle(java.util.Collection<Article> articles) {
        Article seed = articles.stream().filter(a -> a.getUrl().equals(site.base() + "/" + SEED)).findFirst().orElseThrow();
        assertThat(seed.getTitle()).isEqualTo("Russlands Bollwerk mit Nordkorea? Schoigu besucht Kim: „Stärkung der Militärbeziehungen“");
        assertThat(seed.getAuthors()).containsExactly("Bona Hyun");
        assertThat(seed.getPublishedAt()).isEqualTo(Instant.parse("2023-07-26T07:41:00Z"));
        assertThat(seed.getLanguage()).isEqualTo("de");
        assertThat(seed.getCanonicalUrl()).isEqualTo(
                "https://www.nachrichten-beispiel.de/politik/russland-nordkorea-schoigu-besuch-kim-militaer-92420417.html");
        assertThat(seed.getBody()).contains("Li Hongzhong").doesNotContain("Alle akzeptieren", "Leser_4711");
    }

    private static void assertUndecodableRecordDeadLettered(List<ConsumerRecord<String, DeadLetter>> dead, String key,
            String rawTopic) {
        ConsumerRecord<String, DeadLetter> record = dead.stream()
                .filter(r -> key.equals(r.value().getArticleId())).findFirst().orElseThrow();
        DeadLetter letter = record.value();
        assertThat(letter.getReason()).isEqualTo("UNDECODABLE_RECORD");
        assertThat(letter.getStage()).isEqualTo("enrich");
        assertThat(letter.getSourceTopic()).isEqualTo(rawTopic);
        assertThat(letter.getSourceOffset()).isNotNull();
        assertThat(letter.getExceptionMessage()).contains("cannot decode RawArticle");
        assertThat(bytes(letter.getOriginalValue())).isEqualTo(GARBAGE);
        assertThat(record.headers().lastHeader(DeadLetterWriter.HEADER_EXCEPTION)).isNotNull();
    }

    private void assertBrokenPageDeadLettered(List<ConsumerRecord<String, DeadLetter>> dead) {
        DeadLetter letter = dead.stream().map(ConsumerRecord::value)
                .filter(l -> l.getUrl() != null && l.getUrl().endsWith("/broken.html")).findFirst().orElseThrow();
        assertThat(letter.getReason()).isIn("NOT_AN_ARTICLE", "NO_BODY", "NO_TITLE");
        assertThat(letter.getDetail()).isNotBlank();
        assertThat(letter.getSourceTopic()).endsWith(".raw.v1");
        assertThat(letter.getOriginalValue()).isNotNull();
    }

    private static void assertNothingLost(List<String> rawIds, String garbageKey, Set<String> published,
            List<ConsumerRecord<String, DeadLetter>> dead) {
        Set<String> accounted = new HashSet<>(published);
        dead.forEach(record -> accounted.add(record.value().getArticleId()));
        Set<String> inputs = new HashSet<>(rawIds);
        assertThat(inputs).contains(garbageKey);
        assertThat(accounted).containsAll(inputs);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
