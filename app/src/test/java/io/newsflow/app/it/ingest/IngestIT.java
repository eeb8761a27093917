package io.newsflow.app.it.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.ingest.IngestReport;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchState;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ingest against a fake news site on loopback and a real broker: discovery, politeness, safety, restarts. */
@ExtendWith(KafkaBroker.class)
class IngestIT {

    private static final Duration DELAY = Duration.ofMillis(200);
    private static final String ROBOTS = "User-agent: *\nDisallow: /private/\n\nSitemap: %BASE%/sitemap_index.xml\n";

    @Test
    void fetchesEveryAllowedArticleOnceAndNothingAgainAfterARestartUnlessItChanged(BrokerAddress broker) {
        String prefix = broker.uniquePrefix("ingest-site");
        try (FakeNewsSite site = new FakeNewsSite(ROBOTS, 0)) {
            Map<String, String> settings = settings(prefix, site);
            IngestReport first = runOnce(settings, broker);

            FakeNewsSite.ARTICLES.keySet().forEach(path -> assertThat(site.hits(path)).as(path).isEqualTo(1));
            assertThat(site.hits("/private/members-only")).isZero();
            assertThat(site.hits("/news/too-old")).isZero();
            assertThat(site.log()).allSatisfy(request -> assertThat(request.userAgent()).startsWith("newsflow-it/"));
            assertThat(first.count("disallowed")).isEqualTo(1);
            assertSpacing(site.log(), DELAY);

            Topics topics = Topics.of(prefix, 3, (short) -1);
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            List<RawArticle> raw = values(TopicReader.readAll(client, topics.rawArticles()));
            assertCharsetsDecode(raw, site);
            assertHints(raw, site);
            assertHazards(values(TopicReader.readAll(client, topics.deadLetters())), raw, site, first);

            int requestsBefore = site.log().size();
            IngestReport second = runOnce(settings, broker); // a new process: the seen-set comes from the topic
            List<String> refetched = FakeNewsSite.paths(site.log().subList(requestsBefore, site.log().size()));
            assertThat(refetched).noneMatch(path -> path.startsWith("/news/") || path.startsWith("/hazard/"));
            assertThat(second.published()).isZero();

            site.update("/news/utf8-declared");
            int requestsBeforeThird = site.log().size();
            IngestReport third = runOnce(settings, broker);
            List<String> third3 = FakeNewsSite.paths(site.log().subList(requestsBeforeThird, site.log().size()));
            assertThat(third3).filteredOn(path -> path.startsWith("/news/")).containsExactly("/news/utf8-declared");
            assertThat(third.published()).isEqualTo(1);
            assertThat(values(TopicReader.readAll(client, topics.fetchStates())))
                    .anySatisfy(state -> assertThat(state.getOutcome()).isEqualTo("fetched"));
        }
    }

    @Test
    void a429PausesOnlyThatHostAndCrawlDelayIsHonoured(BrokerAddress broker) {
        String prefix = broker.uniquePrefix("ingest-429");
        try (FakeNewsSite busy = new FakeNewsSite("User-agent: *\nCrawl-delay: 1\n", 1);
                FakeNewsSite calm = new FakeNewsSite("User-agent: *\nAllow: /\n", 0)) {
            Map<String, String> settings = base(prefix);
            settings.put("ingest.sources.0.type", "list");
            settings.put("ingest.sources.0.path", writeList(prefix, busy, calm).toString());
            IngestReport report = runOnce(settings, broker);

            assertThat(report.count("fetched")).isEqualTo(15);
            assertThat(report.count("retried")).isEqualTo(1);
            List<FakeNewsSite.Request> busyPages = busy.log().stream()
                    .filter(request -> request.path().startsWith("/busy/")).toList();
            // the 429 came first; the retry waited out Retry-After: 1
            assertThat(Duration.between(busyPages.get(0).at(), busyPages.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            // the calm host went on meanwhile
            assertThat(calm.log()).filteredOn(request -> request.path().startsWith("/busy/"))
                    .anySatisfy(request -> assertThat(request.at()).isBetween(busyPages.get(0).at(), busyPages.get(1).at()));
            assertSpacing(busy.log(), Duration.ofSeconds(1)); // Crawl-delay: 1 beats the configured 200 ms
            assertSpacing(calm.log(), DELAY);
        }
    }

    @Test
    void closingMidPassAbandonsCleanlyAndARestartFetchesOnlyWhatWasLeft(BrokerAddress broker) throws Exception {
        String prefix = broker.uniquePrefix("ingest-stop");
        try (FakeNewsSite site = new FakeNewsSite("User-agent: *\nAllow: /\n", 0)) {
            StringBuilder list = new StringBuilder();
            for (int i = 1; i <= 12; i++) {
                list.append(site.base()).append("/busy/").append(i).append('\n');
            }
            java.nio.file.Path file = java.nio.file.Files.createTempFile(prefix, ".txt");
            java.nio.file.Files.writeString(file, list);
            Map<String, String> settings = base(prefix);
            settings.put("ingest.sources.0.type", "list");
            settings.put("ingest.sources.0.path", file.toString());

            try (Pipeline pipeline = new Pipeline(settings, broker.bootstrapServers(), Set.of(StageName.INGEST), true)) {
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                        .until(() -> {
                            pipeline.failIfDead();
                            return busyHits(site) >= 4; // then close() while the rest wait their turn
                        });
            }
            long beforeRestart = busyHits(site);
            assertThat(beforeRestart).isBetween(4L, 11L);

            IngestReport resumed = runOnce(settings, broker);

            for (int i = 1; i <= 12; i++) {
                assertThat(site.hits("/busy/" + i)).as("/busy/%d", i).isEqualTo(1);
            }
            assertThat(resumed.count("fetched")).isEqualTo(12 - beforeRestart);
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private static long busyHits(FakeNewsSite site) {
        return site.log().stream().filter(request -> request.path().startsWith("/busy/")).count();
    }

    private static java.nio.file.Path writeList(String prefix, FakeNewsSite busy, FakeNewsSite calm) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            if (i <= 3) {
                list.append(busy.base()).append("/busy/").append(i).append('\n');
            }
            list.append(calm.base()).append("/busy/").append(i).append('\n'); // 12 x 200 ms: busy the whole time
        }
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile(prefix, ".txt");
            file.toFile().deleteOnExit();
            return java.nio.file.Files.writeString(file, list);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IngestReport runOnce(Map<String, String> settings, BrokerAddress broker) {
        try (Pipeline pipeline = new Pipeline(settings, broker.bootstrapServers(), Set.of(StageName.INGEST), false)) {
            return pipeline.drainSources().orElseThrow();
        }
    }

    private static Map<String, String> settings(String prefix, FakeNewsSite site) {
        Map<String, String> settings = base(prefix);
        settings.put("ingest.sources.0.type", "site");
        settings.put("ingest.sources.0.url", site.base() + "/");
        return settings;
    }

    private static Map<String, String> base(String prefix) {
        Map<String, String> settings = new HashMap<>();
        settings.put("topics.prefix", prefix);
        settings.put("topics.partitions", "3");
        settings.put("ingest.allow.addresses", "127.0.0.0/8"); // the fake site is on loopback
        settings.put("ingest.user.agent", "newsflow-it/1.0 (+https://example.invalid/contact)");
        settings.put("ingest.host.delay", DELAY.toMillis() + "ms");
        settings.put("ingest.request.timeout", "2s");
        settings.put("ingest.max.body.bytes", "1MiB");
        settings.put("ingest.max.retries", "1");
        settings.put("ingest.backoff.base", "200ms");
        settings.put("ingest.fetch.threads", "4");
        return settings;
    }

    /** Between any two requests to one host, the later arrives at least {@code delay} after the earlier. */
    private static void assertSpacing(List<FakeNewsSite.Request> log, Duration delay) {
        for (int i = 1; i < log.size(); i++) {
            Duration gap = Duration.between(log.get(i - 1).at(), log.get(i).at());
            assertThat(gap).as("gap before %s", log.get(i).path()).isGreaterThanOrEqualTo(delay);
        }
    }

    private static void assertCharsetsDecode(List<RawArticle> raw, FakeNewsSite site) {
        Map<String, RawArticle> byPath = raw.stream()
                .collect(Collectors.toMap(article -> path(article.getFinalUrl(), site), article -> article, (a, b) -> b));
        FakeNewsSite.ARTICLES.forEach((path, text) -> {
            RawArticle article = byPath.get(path);
            assertThat(article).as(path).isNotNull();
            String decoded = new String(article.getBody().array(), Charset.forName(article.getCharset()));
            assertThat(decoded).as("%s decoded as %s", path, article.getCharset()).contains(text);
        });
        assertThat(byPath.get("/news/redirected").getUrl()).isEqualTo(site.base() + "/old/redirected");
    }

    private static void assertHints(List<RawArticle> raw, FakeNewsSite site) {
        RawArticle fromSitemap = raw.stream().filter(a -> a.getFinalUrl().endsWith("/news/from-sitemap")).findFirst().orElseThrow();
        assertThat(fromSitemap.getDiscovery().getNewsPublicationName()).isEqualTo("Fake News");
        assertThat(fromSitemap.getDiscovery().getNewsLanguage()).isEqualTo("de");
        assertThat(fromSitemap.getDiscovery().getNewsKeywords()).containsExactly("Karte", "Test");
        assertThat(fromSitemap.getDiscovery().getEntryPublishedAt()).isNotNull();
        RawArticle fromJson = raw.stream().filter(a -> a.getFinalUrl().endsWith("/news/from-json")).findFirst().orElseThrow();
        assertThat(fromJson.getDiscovery().getEntryPublishedAt()).hasToString("2026-01-02T10:00:00Z");
    }

    private static void assertHazards(List<DeadLetter> dead, List<RawArticle> raw, FakeNewsSite site, IngestReport report) {
        Map<String, String> reasons = dead.stream()
                .collect(Collectors.toMap(letter -> path(letter.getUrl(), site), DeadLetter::getReason, (a, b) -> b));
        assertThat(reasons).containsEntry("/hazard/drip", "TIMEOUT")
                .containsEntry("/hazard/loop", "FETCH_FAILED")
                .containsEntry("/hazard/pdf", "NOT_HTML")
                .containsEntry("/hazard/private", "REFUSED_ADDRESS")
                .containsEntry("/news/gone", "HTTP_ERROR")
                .containsEntry("/hazard/bomb", "TOO_LARGE")
                .containsEntry(FakeNewsSite.HUGE, "TOO_LARGE");
        // a bomb and a page over the cap are refused at ingest: never on the raw topic
        assertThat(raw).noneMatch(a -> a.getFinalUrl().endsWith("/hazard/bomb") || a.getFinalUrl().endsWith(FakeNewsSite.HUGE));
        assertThat(report.count("too_large")).isEqualTo(2);
        assertThat(report.count("refused_address")).isEqualTo(1);
    }

    private static String path(String url, FakeNewsSite site) {
        return url.startsWith(site.base()) ? url.substring(site.base().length()) : url;
    }

    private static <V> List<V> values(List<ConsumerRecord<String, V>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
