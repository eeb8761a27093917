package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.discover.SourceReader.SourceContent;
import io.newsflow.ingest.fixtures.Fixtures;
import io.newsflow.schemas.avro.DiscoveryMethod;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

class FeedDiscovererTest {

    private static final String FEED_URL = "https://news.example/feeds/main.xml";

    @Test
    void readsRss2EntriesWithHintsAndResolvesRelativeLinks() throws SourceException {
        List<DiscoveredUrl> urls = FeedDiscoverer.parse(content(Fixtures.rss("https://news.example/"), null));

        assertThat(urls).extracting(DiscoveredUrl::url).containsExactly(
                "https://news.example/articles/one", "https://news.example/feeds/articles/two",
                "https://news.example/redirect/1");
        var first = urls.get(0).discovery();
        assertThat(first.getMethod()).isEqualTo(DiscoveryMethod.FEED);
        assertThat(first.getSourceUrl()).isEqualTo(FEED_URL);
        assertThat(first.getFeedTitle()).isEqualTo("Test News");
        assertThat(first.getEntryTitle()).isEqualTo("First story");
        assertThat(first.getEntryPublishedAt()).isEqualTo(Instant.parse("2025-06-10T04:00:00Z"));
        assertThat(urls.get(1).discovery().getEntryPublishedAt()).isNull();
    }

    @Test
    void readsAtomPublishedElseUpdatedDate() throws SourceException {
        List<DiscoveredUrl> urls = FeedDiscoverer.parse(content(Fixtures.atom("https://news.example/"), null));

        assertThat(urls).extracting(DiscoveredUrl::url)
                .containsExactly("https://news.example/articles/three", "https://news.example/canonical");
        assertThat(urls.get(0).discovery().getEntryPublishedAt()).isEqualTo(Instant.parse("2025-06-11T08:00:00Z"));
        assertThat(urls.get(1).discovery().getEntryPublishedAt()).isEqualTo(Instant.parse("2025-06-11T07:00:00Z"));
        assertThat(urls.get(1).discovery().getFeedTitle()).isEqualTo("Atom News");
    }

    @Test
    void readsRss1AndRss091() throws SourceException {
        String rss1 = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="x"><title>RDF News</title><link>https://news.example/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://news.example/rdf-story"><title>RDF story</title>
                    <link>https://news.example/rdf-story</link></item>
                </rdf:RDF>
                """;
        String rss091 = """
                <?xml version="1.0"?>
                <rss version="0.91"><channel><title>Old News</title><link>https://news.example/</link>
                  <description>d</description><language>en</language>
                  <item><title>Old story</title><link>https://news.example/old</link></item>
                </channel></rss>
                """;

        assertThat(FeedDiscoverer.parse(content(rss1, null))).extracting(DiscoveredUrl::url)
                .containsExactly("https://news.example/rdf-story");
        assertThat(FeedDiscoverer.parse(content(rss091, null)).get(0).discovery().getFeedTitle())
                .isEqualTo("Old News");
    }

    @Test
    void decodesTheEncodingTheXmlPrologDeclares() throws SourceException {
        String feed = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>Caf\u00e9 News</title><link>https://news.example/</link>
                  <description>d</description>
                  <item><title>Cr\u00e8me br\u00fbl\u00e9e</title><link>https://news.example/creme</link></item>
                </channel></rss>
                """;
        SourceContent latin1 = new SourceContent(FEED_URL, feed.getBytes(StandardCharsets.ISO_8859_1), null, null);

        DiscoveredUrl url = FeedDiscoverer.parse(latin1).get(0);

        assertThat(url.discovery().getFeedTitle()).isEqualTo("Caf\u00e9 News");
        assertThat(url.discovery().getEntryTitle()).isEqualTo("Cr\u00e8me br\u00fbl\u00e9e");
    }

    @Test
    void rejectsWhatIsNoFeed() {
        assertThatThrownBy(() -> FeedDiscoverer.parse(content("<html><body>hi</body></html>", "text/html")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(FEED_URL)
                .satisfies(e -> assertThat(((SourceException) e).source()).isEqualTo(FEED_URL));
    }

    private static SourceContent content(String document, @Nullable String contentType) {
        return new SourceContent(FEED_URL, document.getBytes(StandardCharsets.UTF_8), contentType, null);
    }
}
