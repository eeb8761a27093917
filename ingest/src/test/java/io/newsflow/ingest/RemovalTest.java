package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.fixtures.EmptyFetchStates;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.FetchState;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published page that now answers 404 or 410 is removed: a gone state and a tombstone under its article id. */
class RemovalTest {

    private static final Instant NOW = Instant.parse("2025-06-12T10:15:30Z");
    private static final Topics TOPICS = Topics.of("test", 1, (short) 1);

    @TempDir
    Path dir;

    private HttpServer site;
    /** Per article path: the status it answers and the publication date the feed gives it. */
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, Instant> dates = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void startSite() throws IOException {
        for (String path : List.of("/a/one", "/a/two", "/a/three")) {
            statuses.put(path, 200);
            dates.put(path, NOW.minusSeconds(3600));
        }
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", this::handle);
        site.start();
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
    }

    @Test
    void publishedPageAnswering410Or404IsRemovedOnceAndNotFetchedAgain() {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        try (IngestApp app = new IngestApp(config(), TOPICS, producer, EmptyFetchStates.consumer(TOPICS), MemoryFrontier::new,
                Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry())) {
            assertThat(app.runOnce().published()).isEqualTo(3);
            String oneId = publishedId(producer, "/a/one");
            String twoId = publishedId(producer, "/a/two");
            int sent = producer.history().size();

            gone("/a/one", 410);
            gone("/a/two", 404);
            IngestReport second = app.runOnce();

            assertThat(second.count(OutcomeHandler.GONE)).isEqualTo(2);
            assertThat(second.count("http_error")).isZero();
            assertThat(second.published()).isZero();
            assertThat(second.deadLettered()).as("a removal is no failure").isZero();
            List<ProducerRecord<byte[], byte[]>> later = producer.history().subList(sent, producer.history().size());
            assertThat(later.stream().filter(r -> r.topic().equals(TOPICS.rawArticles().name())).toList())
                    .allSatisfy(record -> assertThat(record.value()).as("a tombstone").isNull())
                    .extracting(RemovalTest::key).containsExactlyInAnyOrder(oneId, twoId);
            FetchState state = lastState(later, "/a/one");
            assertThat(state.getOutcome()).isEqualTo("gone");
            assertThat(state.getHttpStatus()).isEqualTo(410);
            assertThat(state.getArticleId()).isEqualTo(oneId);
            assertThat(state.getContentHash()).as("a page that comes back is published again").isNull();
            assertThat(hits.get("/a/three")).as("untouched").isEqualTo(1);

            int oneHits = hits.get("/a/one");
            IngestReport third = app.runOnce();
            assertThat(third.count(OutcomeHandler.GONE)).isZero();
            assertThat(hits.get("/a/one")).as("a gone page listed with the same date is not fetched").isEqualTo(oneHits);
        }
    }

    @Test
    void onlyA404Or410OfAPublishedPageRemovesIt() {
        FetchState published = FetchState.newBuilder().setUrl("http://x.example/a").setOutcome("fetched")
                .setArticleId("id-a").setFetchedAt(NOW).build();
        FetchState failed = FetchState.newBuilder(published).setOutcome("http_error").setArticleId(null).build();
        assertThat(OutcomeHandler.removedArticle(error(410), published)).isEqualTo("id-a");
        assertThat(OutcomeHandler.removedArticle(error(404), published)).isEqualTo("id-a");
        assertThat(OutcomeHandler.removedArticle(error(403), published)).isNull();
        assertThat(OutcomeHandler.removedArticle(error(503), published)).isNull();
        assertThat(OutcomeHandler.removedArticle(error(404), failed)).isNull();
        assertThat(OutcomeHandler.removedArticle(error(404), null)).isNull();
    }

    private static io.newsflow.ingest.fetch.FetchOutcome error(int status) {
        return new io.newsflow.ingest.fetch.FetchOutcome.HttpError("http://x.example/a", "http://x.example/a", status,
                null);
    }

    /** The page answers {@code status} from now on, and the feed lists it with a newer date, as sites do. */
    private void gone(String path, int status) {
        statuses.put(path, status);
        dates.put(path, dates.get(path).plusSeconds(600));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.merge(path, 1, Integer::sum);
        try (exchange) {
            if (path.equals("/feed.rss")) {
                send(exchange, 200, "application/rss+xml", feed());
            } else if (statuses.containsKey(path)) {
                int status = statuses.get(path);
                send(exchange, status, "text/html; charset=utf-8", status == 200
                        ? "<html><head><title>" + path + "</title></head><body><article><p>Text " + path
                                + "</p></article></body></html>"
                        : "gone");
            } else {
                send(exchange, 404, "text/plain", "not here");
            }
        }
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        dates.forEach((path, date) -> items.append("<item><title>").append(path).append("</title><link>")
                .append(url(path)).append("</link><pubDate>")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(ZoneOffset.UTC)))
                .append("</pubDate></item>"));
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site</title><link>" + url("/")
                + "</link>" + items + "</channel></rss>";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    private IngestConfig config() {
        return IngestConfig.load(Map.of(
                "ingest.base.dir", dir.toString(),
                "ingest.sources.0.type", "feed",
                "ingest.sources.0.url", url("/feed.rss"),
                "ingest.poll.interval", "1h",
                "ingest.host.delay", "0s",
                "ingest.max.retries", "0",
                "ingest.allow.addresses", "127.0.0.0/8"));
    }

    private String publishedId(MockProducer<byte[], byte[]> producer, String path) {
        return producer.history().stream()
                .filter(record -> record.topic().equals(TOPICS.rawArticles().name()) && record.value() != null)
                .map(record -> TOPICS.rawArticles().valueSerde().deserializer().deserialize(record.topic(),
                        record.value()))
                .filter(article -> article.getUrl().equals(url(path)))
                .map(RawArticle::getId).findFirst().orElseThrow();
    }

    private FetchState lastState(List<ProducerRecord<byte[], byte[]>> records, String path) {
        return records.stream().filter(record -> record.topic().equals(TOPICS.fetchStates().name()))
                .map(record -> TOPICS.fetchStates().valueSerde().deserializer().deserialize(record.topic(),
                        record.value()))
                .filter(state -> state.getUrl().equals(url(path)))
                .reduce((first, second) -> second).orElseThrow();
    }

    private static String key(ProducerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }
}
