package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void loadsDocumentedDefaults() {
        IngestConfig config = IngestConfig.load(Map.of());

        assertThat(config.userAgent()).startsWith("newsflow/");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(config.maxRedirects()).isEqualTo(5);
        assertThat(config.fetchThreads()).isEqualTo(8);
        assertThat(config.pollInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.sources()).isEmpty();
    }

    @Test
    void overridesDefaultsAndReadsSourcesInIndexOrder() {
        IngestConfig config = IngestConfig.load(Map.of(
                "ingest.request.timeout", "750ms",
                "ingest.max.body.bytes", "64KiB",
                "ingest.fetch.threads", "2",
                "ingest.base.dir", "/srv/newsflow",
                "ingest.sources.10.type", "list",
                "ingest.sources.10.url", "https://lists.example/urls.txt",
                "ingest.sources.2.type", "LIST",
                "ingest.sources.2.path", "lists/urls.txt",
                "ingest.sources.0.type", "feed",
                "ingest.sources.0.url", "https://news.example/rss"));

        assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(config.maxBodyBytes()).isEqualTo(65_536);
        assertThat(config.fetchThreads()).isEqualTo(2);
        assertThat(config.sources()).containsExactly(
                new SourceSpec(SourceType.FEED, "https://news.example/rss"),
                new SourceSpec(SourceType.LIST, Path.of("/srv/newsflow/lists/urls.txt").toString()),
                new SourceSpec(SourceType.LIST, "https://lists.example/urls.txt"));
    }

    @Test
    void resolvesRelativeListPathAgainstWorkingDirectoryWithoutBaseDir() {
        IngestConfig config = IngestConfig.load(Map.of(
                "ingest.sources.0.type", "list", "ingest.sources.0.path", "urls.txt"));

        assertThat(config.sources().get(0).location())
                .isEqualTo(Path.of("urls.txt").toAbsolutePath().normalize().toString());
    }

    @Test
    void reportsEveryBadValueInOneException() {
        Map<String, String> bad = Map.of(
                "ingest.connect.timeout", "soon",
                "ingest.max.body.bytes", "lots",
                "ingest.fetch.threads", "0",
                "ingest.poll.interval", "0s",
                "ingest.sources.0.type", "newsletter",
                "ingest.sources.1.type", "feed",
                "ingest.sources.1.path", "feed.xml",
                "ingest.sources.2.type", "feed",
                "ingest.sources.2.url", "ftp://x.example/f",
                "ingest.sources.x.type", "feed");

        assertThatThrownBy(() -> IngestConfig.load(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(
                        "ingest.connect.timeout", "ingest.max.body.bytes", "ingest.fetch.threads",
                        "ingest.poll.interval", "ingest.sources.0.type", "ingest.sources.1.url",
                        "ingest.sources.2.url", "ingest.sources.x.type");
    }

    @Test
    void readsTheRobotsOverridePerSourceAndTheBackfillDate() {
        IngestConfig config = IngestConfig.load(Map.of(
                "ingest.sources.0.type", "sitemap", "ingest.sources.0.url", "https://news.example/sitemap.xml",
                "ingest.sources.0.ignore.robots", "true",
                "ingest.sources.1.type", "feed", "ingest.sources.1.url", "https://news.example/rss",
                "ingest.sitemap.since", "2020-03-01"));

        assertThat(config.sources()).extracting(SourceSpec::ignoreRobots).containsExactly(true, false);
        assertThat(config.sitemapSince()).isEqualTo(Instant.parse("2020-03-01T00:00:00Z"));
        assertThat(IngestConfig.load(Map.of()).sitemapSince()).isNull();
        assertThatThrownBy(() -> IngestConfig.load(Map.of("ingest.sitemap.since", "last year",
                "ingest.sources.0.type", "feed", "ingest.sources.0.url", "https://x.example/rss",
                "ingest.sources.0.ignore.robots", "maybe")))
                .hasMessageContainingAll("ingest.sitemap.since", "ingest.sources.0.ignore.robots");
    }

    @Test
    void readsHostPortOriginsBesideRangesInTheAllowList() {
        IngestConfig config = IngestConfig.load(Map.of("ingest.allow.addresses", "10.1.2.0/24, 127.0.0.1:8080, ::1"));

        assertThat(config.allowAddresses()).extracting(Object::toString).containsExactly("10.1.2.0/24", "0:0:0:0:0:0:0:1/128");
        assertThat(config.allowOrigins()).extracting(Object::toString).containsExactly("127.0.0.1:8080");
        assertThatThrownBy(() -> IngestConfig.load(Map.of("ingest.allow.addresses", "127.0.0.1:99999")))
                .hasMessageContaining("ingest.allow.addresses");
    }

    @Test
    void rejectsBodyCapAboveWhatATopicRecordHolds() {
        assertThatThrownBy(() -> IngestConfig.load(Map.of("ingest.max.body.bytes", "8MiB")))
                .hasMessageContaining("ingest.max.body.bytes");
    }
}
