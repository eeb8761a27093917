package io.newsflow.app.it.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.it.ItSettings;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.ingest.IngestReport;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's acceptance, judged from the site's own access log: the whole pipeline runs twice against a site with
 * crawler traps (then once more with a backfill date); robots.txt comes first to the host in every run, no URL is
 * answered 200 twice in a pass, the second run revalidates robots.txt and every source, a dripping page costs one
 * request per pass, an archive sitemap's URLs are counted as skipped (and fetched with the backfill), and every
 * article is published once.
 */
@ExtendWith(KafkaBroker.class)
class PoliteCrawlIT {

    private static final String ROBOTS = "User-agent: *\nDisallow: /private/\n\nSitemap: %BASE%/sitemap_index.xml\n";
    private static final List<String> SOURCES = List.of("/robots.txt", "/", "/rss.xml", "/feed.json",
            "/sitemap_index.xml", "/sitemap-news.xml", "/sitemap-hazards.xml.gz", "/sitemap-archive-2019.xml");

    @TempDir
    Path dir;

    @Test
    void aSiteOwnerSeesRobotsFirstEveryUrlOnceAndConditionalRevalidation(BrokerAddress broker) {
        String prefix = broker.uniquePrefix("polite");
        try (FakeNewsSite site = new FakeNewsSite(ROBOTS, 0, true)) {
            Map<String, String> settings = settings(prefix, site);

            IngestReport first = run(settings, broker);
            List<FakeNewsSite.Request> pass1 = site.log();
            IngestReport second = run(settings, broker);
            List<FakeNewsSite.Request> pass2 = site.log().subList(pass1.size(), site.log().size());

            for (List<FakeNewsSite.Request> pass : List.of(pass1, pass2)) {
                assertThat(pass.get(0).path()).isEqualTo("/robots.txt");
                assertNoUrlAnswered200Twice(pass);
                assertThat(pass).filteredOn(request -> request.path().equals("/hazard/drip")).hasSizeLessThanOrEqualTo(1);
            }
            assertThat(pass1).filteredOn(request -> request.path().equals("/hazard/drip")).hasSize(1);
            assertThat(pass1).filteredOn(request -> request.path().equals("/amp/with-amp")).isEmpty();
            assertThat(pass2).filteredOn(request -> SOURCES.contains(request.path())).hasSize(SOURCES.size())
                    .allSatisfy(request -> {
                        assertThat(request.conditional()).as(request.path()).isTrue();
                        assertThat(request.status().get()).as(request.path()).isEqualTo(304);
                    });
            assertThat(second.count("not_modified")).isEqualTo(SOURCES.size());
            assertThat(second.published()).isZero();

            FakeNewsSite.ARCHIVE.forEach(path -> assertThat(site.hits(path)).as(path).isZero());
            assertThat(first.count("skipped_window")).isEqualTo(FakeNewsSite.ARCHIVE.size() + 1); // + /news/too-old

            settings.put("ingest.sitemap.since", "2019-01-01");
            IngestReport backfill = run(settings, broker);
            FakeNewsSite.ARCHIVE.forEach(path -> assertThat(site.hits(path)).as(path).isEqualTo(1));
            assertThat(backfill.count("skipped_window")).isEqualTo(1); // 2001 is older than the backfill date

            assertEachArticleOnce(prefix, broker, site);
        }
    }

    private static void assertNoUrlAnswered200Twice(List<FakeNewsSite.Request> pass) {
        Map<String, Long> ok = pass.stream().filter(request -> request.status().get() == 200)
                .collect(Collectors.groupingBy(request -> request.path().replaceAll("\\?.*", ""), Collectors.counting()));
        assertThat(ok).allSatisfy((path, count) -> assertThat(count).as(path).isEqualTo(1));
    }

    private static void assertEachArticleOnce(String prefix, BrokerAddress broker, FakeNewsSite site) {
        Topics topics = Topics.of(prefix, 3, (short) -1);
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        List<RawArticle> raw = TopicReader.readAll(client, topics.rawArticles()).stream().map(ConsumerRecord::value).toList();
        Map<String, Long> rawIds = raw.stream().collect(Collectors.groupingBy(RawArticle::getId, Collectors.counting()));
        assertThat(rawIds).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        Map<String, Long> finalUrls = raw.stream().collect(Collectors.groupingBy(
                article -> article.getFinalUrl().substring(site.base().length()), Collectors.counting()));
        assertThat(finalUrls).containsKeys("/news/redirected", "/news/amp-canonical", "/news/with-amp")
                .doesNotContainKeys("/amp/story", "/amp/with-amp");

        List<ConsumerRecord<String, Article>> articles = TopicReader.readAll(client, topics.articles());
        Map<String, Long> published = articles.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(published).as("articles on %s", topics.articles().name())
                .isNotEmpty()
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        assertThat(articles).map(record -> record.value().getFinalUrl().substring(site.base().length()))
                .contains("/news/amp-canonical", "/news/with-amp", FakeNewsSite.ARCHIVE.get(0));
        assertThat(published.keySet()).isSubsetOf(rawIds.keySet());
    }

    private static IngestReport run(Map<String, String> settings, BrokerAddress broker) {
        try (Pipeline pipeline = new Pipeline(settings, broker.bootstrapServers(), Pipeline.allStages(), false)) {
            IngestReport report = pipeline.drainSources().orElseThrow();
            pipeline.awaitIdle(Duration.ofMinutes(2));
            return report;
        }
    }

    private Map<String, String> settings(String prefix, FakeNewsSite site) {
        Map<String, String> settings = ItSettings.pipeline(prefix, dir);
        settings.put("pipeline.idle.after", "2s");
        settings.put("ingest.sources.0.type", "site");
        settings.put("ingest.sources.0.url", site.base() + "/");
        settings.put("ingest.allow.addresses", "127.0.0.0/8");
        settings.put("ingest.user.agent", "newsflow-it/1.0 (+https://example.invalid/contact)");
        settings.put("ingest.host.delay", "100ms");
        settings.put("ingest.request.timeout", "2s");
        settings.put("ingest.max.body.bytes", "1MiB");
        settings.put("ingest.backoff.base", "200ms");
        settings.put("ingest.fetch.threads", "4");
        return settings;
    }
}
