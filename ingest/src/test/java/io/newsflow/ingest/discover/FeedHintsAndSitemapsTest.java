package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import crawlercommons.sitemaps.AbstractSiteMap;
import io.newsflow.ingest.discover.SourceReader.SourceContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FeedHintsAndSitemapsTest {

    private static SourceContent content(String location, String body, String type) {
        return new SourceContent(location, body.getBytes(StandardCharsets.UTF_8), type, null);
    }

    @Test
    void rssTtlAndSyndicationPeriodAreReadAsPollingHints() {
        String ttl = "<rss version=\"2.0\"><channel><title>t</title><link>https://n.example/</link><ttl>15</ttl>"
                + "</channel></rss>";
        String sy = "<rss version=\"2.0\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><channel>"
                + "<title>t</title><link>https://n.example/</link><sy:updatePeriod>hourly</sy:updatePeriod>"
                + "<sy:updateFrequency>4</sy:updateFrequency></channel></rss>";

        assertThat(FeedDiscoverer.pollHint(content("https://n.example/rss", ttl, "application/rss+xml")))
                .contains(Duration.ofMinutes(15));
        assertThat(FeedDiscoverer.pollHint(content("https://n.example/rss", sy, "application/rss+xml")))
                .contains(Duration.ofMinutes(15));
    }

    @Test
    void jsonFeedItemsAreListedWithTheirDates() throws SourceException {
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\",\"items\":["
                + "{\"id\":\"1\",\"url\":\"/a\",\"title\":\"A\",\"date_published\":\"2026-01-02T10:00:00+01:00\"}]}";

        List<DiscoveredUrl> urls = FeedDiscoverer.parse(content("https://n.example/feed.json", json, null));

        assertThat(urls).singleElement().satisfies(url -> {
            assertThat(url.url()).isEqualTo("https://n.example/a");
            assertThat(url.discovery().getFeedTitle()).isEqualTo("J");
            assertThat(url.discovery().getEntryPublishedAt()).hasToString("2026-01-02T09:00:00Z");
        });
    }

    @Test
    void gzippedSitemapIndexesAreRead() throws Exception {
        String index = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://n.example/news.xml</loc></sitemap></sitemapindex>";
        SourceContent gz = new SourceContent("https://n.example/index.xml.gz", gzip(index), "application/gzip", null);

        AbstractSiteMap sitemap = SitemapDiscoverer.parse(gz);

        assertThat(sitemap.isIndex()).isTrue();
    }

    @Test
    void siteHomePagesNameTheirFeeds() {
        String home = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://n.example/atom\">"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/s.css\"></head></html>";

        assertThat(SiteDiscoverer.feedLinks(content("https://n.example/", home, "text/html")))
                .containsExactly("https://n.example/rss", "https://n.example/atom");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
