package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.SourceSpec;
import io.newsflow.ingest.SourceType;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fixtures.TestFetchers;
import io.newsflow.ingest.fixtures.TestServer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sitemap window leaves old URLs and archive sitemaps out, but never silently; --since backfills them. */
class SitemapWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private TestServer server;
    private final Map<String, SkipReason> skipped = new ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void urlsAndArchiveSitemapsOutsideTheWindowAreCountedPerReason() throws SourceException {
        List<DiscoveredUrl> urls = discoverer(null).discover(new SourceSpec(SourceType.SITEMAP,
                server.url("/sitemaps/index.xml")));

        assertThat(urls).extracting(DiscoveredUrl::url).containsExactly(server.url("/articles/new"));
        assertThat(skipped).containsOnly(
                Map.entry(server.url("/sitemaps/archive-2001.xml"), SkipReason.SITEMAP_WINDOW),
                Map.entry(server.url("/articles/old"), SkipReason.WINDOW));
        assertThat(server.hits("/sitemaps/archive-2001.xml")).isZero();
    }

    @Test
    void sinceBackfillsArchivesOlderThanTheWindow() throws SourceException {
        List<DiscoveredUrl> urls = discoverer(Instant.parse("2000-06-01T00:00:00Z")).discover(
                new SourceSpec(SourceType.SITEMAP, server.url("/sitemaps/index.xml")));

        assertThat(urls).extracting(DiscoveredUrl::url).containsExactlyInAnyOrder(server.url("/articles/new"),
                server.url("/articles/old"), server.url("/articles/archived"));
        assertThat(skipped).isEmpty();
    }

    private SitemapDiscoverer discoverer(@Nullable Instant since) {
        CloseableHttpClient client = HttpFetcher.newClient(java.time.Duration.ofSeconds(2), 4);
        HttpFetcher fetcher = new HttpFetcher(client, "test", Duration.ofSeconds(2), 64 * 1024, 100, 0, CLOCK,
                TestFetchers.LOOPBACK_ONLY);
        return new SitemapDiscoverer(new SourceReader(TestFetchers.polite(fetcher, CLOCK)), Duration.ofDays(7), since,
                CLOCK, (reason, url) -> skipped.put(url, reason));
    }
}
