package io.newsflow.ingest;

import io.newsflow.ingest.fixtures.EmptyFetchStates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.fixtures.TestServer;
import io.newsflow.runtime.deadletter.DeadLetterWriter;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.MockConsumer;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestAppTest {

    private static final Instant NOW = Instant.parse("2025-06-12T10:15:30.123Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Topics TOPICS = Topics.of("test", 1, (short) 1);

    @TempDir
    Path dir;

    private TestServer server;

    @BeforeEach
    void startServer() {
        server = new TestServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void publishesEveryFetchedPageKeyedByArticleIdAtFetchTime() {
        MockProducer<byte[], byte[]> producer = producer(true);
        try (IngestApp app = new IngestApp(config(allSources()), TOPICS, producer, stateConsumer(), MemoryFrontier::new, CLOCK, new SimpleMeterRegistry())) {
            IngestReport report = app.runOnce();

            assertThat(report.discovered()).isEqualTo(13);
            assertThat(report.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "fetched", 6, "too_large", 1, "http_error", 1, "failed", 1, "timeout", 1, "not_html", 1,
                    "duplicate", 1, "invalid_url", 1, "source_failed", 2));
            assertThat(report.published()).isEqualTo(6);
            assertThat(report.deadLettered()).isEqualTo(8);

            List<ProducerRecord<byte[], byte[]>> raw = records(producer, TOPICS.rawArticles().name());
            assertThat(raw).hasSize(6).allSatisfy(record -> {
                RawArticle article = rawArticle(record);
                assertThat(key(record)).isEqualTo(article.getId());
                assertThat(record.timestamp()).isEqualTo(NOW.toEpochMilli());
                assertThat(article.getFetchedAt()).isEqualTo(NOW);
            });
        }
    }

    @Test
    void recordsDiscoveryHintsRedirectsAndCanonical() {
        MockProducer<byte[], byte[]> producer = producer(true);
        try (IngestApp app = new IngestApp(config(allSources()), TOPICS, producer, stateConsumer(), MemoryFrontier::new, CLOCK, new SimpleMeterRegistry())) {
            app.runOnce();
        }
        Map<String, RawArticle> byUrl = records(producer, TOPICS.rawArticles().name()).stream()
                .map(IngestAppTest::rawArticle)
                .collect(Collectors.toMap(RawArticle::getUrl, Function.identity()));

        RawArticle one = byUrl.get(server.url("/articles/one"));
        assertThat(one.getDiscovery().getMethod()).isEqualTo(DiscoveryMethod.FEED);
        assertThat(one.getDiscovery().getSourceUrl()).isEqualTo(server.url("/feed.rss"));
        assertThat(one.getDiscovery().getFeedTitle()).isEqualTo("Test News");
        assertThat(one.getDiscovery().getEntryTitle()).isEqualTo("First story");
        assertThat(one.getDiscovery().getEntryPublishedAt()).isEqualTo(Instant.parse("2025-06-10T04:00:00Z"));
        assertThat(one.getEtag()).startsWith("\"etag-");
        assertThat(one.getCharset()).isEqualTo("utf-8");
        assertThat(one.getId()).isEqualTo(ArticleId.of(server.url("/articles/one")));

        RawArticle moved = byUrl.get(server.url("/redirect/1"));
        assertThat(moved.getFinalUrl()).isEqualTo(server.url("/articles/final?utm_source=feed"));
        assertThat(moved.getId()).isEqualTo(ArticleId.of(server.url("/articles/final")));

        RawArticle canonical = byUrl.get(server.url("/canonical"));
        String original = server.url("/articles/the-original?utm_medium=x");
        assertThat(canonical.getCanonicalUrl()).isEqualTo(original);
        assertThat(canonical.getId()).isEqualTo(ArticleId.of(original)).isNotEqualTo(ArticleId.of(server.url("/canonical")));

        assertThat(byUrl).doesNotContainKey(server.url("/big")); // over the cap: dead-lettered, never published
        assertThat(byUrl.get(server.url("/gzip")).getBody().remaining()).isPositive();
        assertThat(byUrl.get(server.url("/gzip")).getDiscovery().getMethod()).isEqualTo(DiscoveryMethod.LIST);
    }

    @Test
    void deadLettersEveryFailureWithReasonAndStreamsHeaders() {
        MockProducer<byte[], byte[]> producer = producer(true);
        try (IngestApp app = new IngestApp(config(allSources()), TOPICS, producer, stateConsumer(), MemoryFrontier::new, CLOCK, new SimpleMeterRegistry())) {
            app.runOnce();
        }
        List<ProducerRecord<byte[], byte[]>> dead = records(producer, TOPICS.deadLetters().name());
        Map<String, DeadLetter> byUrl = dead.stream().map(IngestAppTest::deadLetter)
                .collect(Collectors.toMap(DeadLetter::getUrl, Function.identity()));

        assertThat(byUrl).hasSize(8);
        assertThat(byUrl.get(server.url("/big")).getReason()).isEqualTo("TOO_LARGE");
        assertThat(byUrl.get(server.url("/big")).getOriginalValue()).isNotNull();
        assertThat(byUrl.get(server.url("/missing")).getReason()).isEqualTo("HTTP_ERROR");
        assertThat(byUrl.get(server.url("/missing")).getDetail()).contains("404");
        assertThat(byUrl.get(server.url("/slow")).getReason()).isEqualTo("TIMEOUT");
        assertThat(byUrl.get(server.url("/loop/a")).getReason()).isEqualTo("FETCH_FAILED");
        assertThat(byUrl.get(server.url("/loop/a")).getExceptionClass()).endsWith("RedirectException");
        assertThat(byUrl.get(server.url("/data.json")).getReason()).isEqualTo("NOT_HTML");
        assertThat(byUrl.get(server.url("/data.json")).getOriginalValue()).isNotNull();
        assertThat(byUrl.get("not a url").getReason()).isEqualTo("INVALID_URL");
        assertThat(byUrl.get(server.url("/broken.rss")).getReason()).isEqualTo("SOURCE_FAILED");
        assertThat(byUrl.get(dir.resolve("absent.txt").toString()).getReason()).isEqualTo("SOURCE_FAILED");
        assertThat(byUrl.values()).allSatisfy(letter -> {
            assertThat(letter.getStage()).isEqualTo("ingest");
            assertThat(letter.getFailedAt()).isEqualTo(NOW);
        });
        assertThat(dead).allSatisfy(record -> {
            DeadLetter letter = deadLetter(record);
            assertThat(key(record)).isEqualTo(letter.getArticleId() != null ? letter.getArticleId() : letter.getUrl());
            assertThat(header(record, DeadLetterWriter.HEADER_EXCEPTION)).isEqualTo(letter.getExceptionClass());
            assertThat(header(record, DeadLetterWriter.HEADER_MESSAGE)).isNotBlank();
            assertThat(header(record, DeadLetterWriter.HEADER_STACKTRACE)).contains("\tat ");
        });
        assertThat(key(dead.stream().filter(r -> deadLetter(r).getReason().equals("HTTP_ERROR")).findFirst().orElseThrow()))
                .isEqualTo(ArticleId.of(server.url("/missing")));
    }

    @Test
    void secondPassFetchesAndPublishesNothingAlreadySeen() {
        MockProducer<byte[], byte[]> producer = producer(true);
        try (IngestApp app = new IngestApp(config(allSources()), TOPICS, producer, stateConsumer(), MemoryFrontier::new, CLOCK, new SimpleMeterRegistry())) {
            app.runOnce();
            int sent = producer.history().size();
            int articleHits = server.hits("/articles/one");

            IngestReport second = app.runOnce();

            assertThat(second.published()).isZero();
            assertThat(second.count("fetched")).isZero();
            assertThat(second.count("seen") + second.count("duplicate")).isEqualTo(second.discovered()).isEqualTo(13);
            assertThat(server.hits("/articles/one")).isEqualTo(articleHits).isEqualTo(1);
            assertThat(server.hits("/missing")).isEqualTo(1);
            assertThat(server.hits("/feed.rss")).isEqualTo(2);
            // Only the still-broken sources are reported again.
            assertThat(producer.history().subList(sent, producer.history().size()))
                    .hasSize(2)
                    .allSatisfy(record -> assertThat(deadLetter(record).getReason()).isEqualTo("SOURCE_FAILED"));
        }
    }

    @Test
    void failsThePassWhenTheBrokerRefusesARecord() {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(),
                new ByteArraySerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
                Future<RecordMetadata> future = super.send(record, callback);
                if (record.topic().equals(TOPICS.rawArticles().name())) {
                    errorNext(new NotEnoughReplicasException("ISR too small")); // the broker refuses every page
                } else {
                    completeNext(); // robots.txt's kept body goes to the fetch state first
                }
                return future;
            }
        };
        Map<String, String> onePage = Map.of(
                "ingest.sources.0.type", "list", "ingest.sources.0.path", writeList(server.url("/articles/one")));
        try (IngestApp app = new IngestApp(config(onePage), TOPICS, producer, stateConsumer(), MemoryFrontier::new, CLOCK, new SimpleMeterRegistry())) {
            assertThatThrownBy(app::runOnce)
                    .isInstanceOf(PublishException.class)
                    .hasCauseInstanceOf(NotEnoughReplicasException.class)
                    .satisfies(e -> assertThat(((PublishException) e).topic()).isEqualTo(TOPICS.rawArticles().name()));
        }
    }

    @Test
    void pollsUntilClosedThenClosesTheProducer() throws InterruptedException {
        CountDownLatch sent = new CountDownLatch(1);
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer()) {
            @Override
            public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                    ProducerRecord<byte[], byte[]> record, org.apache.kafka.clients.producer.Callback callback) {
                sent.countDown();
                return super.send(record, callback);
            }
        };
        Map<String, String> onePage = Map.of(
                "ingest.sources.0.type", "list", "ingest.sources.0.path", writeList(server.url("/articles/one")));
        IngestApp app = new IngestApp(config(onePage), TOPICS, producer, stateConsumer(), MemoryFrontier::new, CLOCK, new SimpleMeterRegistry());

        app.start();
        assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
        app.close();

        assertThat(producer.closed()).isTrue();
        assertThat(app.failure()).isEmpty();
        assertThat(server.hits("/articles/one")).isEqualTo(1);
        assertThatThrownBy(app::runOnce).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void buildsAValidKafkaProducerFromClientProperties() {
        // Nothing listens on loopback port 1; the producer connects lazily, so this only checks the settings.
        IngestApp app = new IngestApp(config(Map.of()), TOPICS,
                Map.of("bootstrap.servers", "127.0.0.1:1", "max.block.ms", "1000"), CLOCK, new SimpleMeterRegistry());
        app.close();
    }

    private Map<String, String> allSources() {
        Map<String, String> sources = new HashMap<>();
        sources.put("ingest.sources.0.type", "feed");
        sources.put("ingest.sources.0.url", server.url("/feed.rss"));
        sources.put("ingest.sources.1.type", "feed");
        sources.put("ingest.sources.1.url", server.url("/feed.atom"));
        sources.put("ingest.sources.2.type", "list");
        sources.put("ingest.sources.2.url", server.url("/urls.txt"));
        sources.put("ingest.sources.3.type", "feed");
        sources.put("ingest.sources.3.url", server.url("/broken.rss"));
        sources.put("ingest.sources.4.type", "list");
        sources.put("ingest.sources.4.path", "absent.txt");
        return sources;
    }

    private IngestConfig config(Map<String, String> sources) {
        Map<String, String> settings = new HashMap<>(sources);
        settings.put("ingest.base.dir", dir.toString());
        settings.put("ingest.request.timeout", "500ms");
        settings.put("ingest.connect.timeout", "1s");
        settings.put("ingest.max.body.bytes", "64KiB");
        settings.put("ingest.max.redirects", "3");
        settings.put("ingest.fetch.threads", "4");
        settings.put("ingest.poll.interval", "1h");
        settings.put("ingest.host.delay", "0s");
        settings.put("ingest.max.retries", "0");
        settings.put("ingest.backoff.base", "10ms"); // a timeout pauses the (only) host; keep the tests quick
        settings.put("ingest.allow.addresses", "127.0.0.0/8");
        return IngestConfig.load(settings);
    }

    private static MockConsumer<byte[], byte[]> stateConsumer() {
        return EmptyFetchStates.consumer(TOPICS);
    }

    private String writeList(String... urls) {
        try {
            return java.nio.file.Files.writeString(dir.resolve("list.txt"), String.join("\n", urls)).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MockProducer<byte[], byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static List<ProducerRecord<byte[], byte[]>> records(MockProducer<byte[], byte[]> producer, String topic) {
        return producer.history().stream().filter(record -> record.topic().equals(topic)).toList();
    }

    private static String key(ProducerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }

    private static RawArticle rawArticle(ProducerRecord<byte[], byte[]> record) {
        return TOPICS.rawArticles().valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    private static DeadLetter deadLetter(ProducerRecord<byte[], byte[]> record) {
        return TOPICS.deadLetters().valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
