package io.newsflow.ingest.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsflow.ingest.SourceSpec;
import io.newsflow.ingest.discover.SourceReader.SourceContent;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Lists the entry links of an RSS 0.9x, 1.0 or 2.0, Atom or JSON Feed, with the feed and entry titles and dates. */
public final class FeedDiscoverer implements Discoverer {

    private final SourceReader reader;

    /** @param reader reads the feed's bytes */
    public FeedDiscoverer(SourceReader reader) {
        this.reader = reader;
    }

    @Override
    public List<DiscoveredUrl> discover(SourceSpec source) throws SourceException {
        return parse(reader.read(source));
    }

    /**
     * The entries of a feed document; relative links resolve against the feed's location.
     *
     * @throws SourceException when the bytes are not a feed Rome can read
     */
    public static List<DiscoveredUrl> parse(SourceContent content) throws SourceException {
        if (JsonFeedParser.isJson(content)) {
            return JsonFeedParser.parse(content);
        }
        SyndFeed feed;
        try (InputStream in = new ByteArrayInputStream(content.bytes())) {
            // XmlReader finds the encoding from the BOM, the XML prolog and the HTTP Content-Type, as RFC 3023 says.
            XmlReader xml = content.contentType() == null
                    ? new XmlReader(in)
                    : new XmlReader(in, content.contentType(), true);
            feed = new SyndFeedInput().build(xml);
        } catch (IOException | FeedException | IllegalArgumentException e) {
            throw new SourceException(content.location(), "not a readable RSS or Atom feed", e);
        }
        String feedTitle = blankToNull(feed.getTitle());
        return feed.getEntries().stream().map(entry -> entry(content.location(), feedTitle, entry)).toList();
    }

    private static DiscoveredUrl entry(String feedUrl, @Nullable String feedTitle, SyndEntry entry) {
        Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Discovery discovery = Discovery.newBuilder()
                .setMethod(DiscoveryMethod.FEED)
                .setSourceUrl(feedUrl)
                .setFeedTitle(feedTitle)
                .setEntryTitle(blankToNull(entry.getTitle()))
                .setEntryPublishedAt(published == null ? null : published.toInstant())
                .build();
        return new DiscoveredUrl(resolve(feedUrl, link(entry)), discovery);
    }

    private static String link(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = entry.getUri(); // RSS guid with isPermaLink, or an Atom id that is a URL
        }
        return link == null ? "" : link.trim();
    }

    static String resolve(String feedUrl, String link) {
        if (link.isEmpty() || !feedUrl.startsWith("http")) {
            return link;
        }
        try {
            return URI.create(feedUrl).resolve(link).toString();
        } catch (IllegalArgumentException e) {
            // Kept as listed: the pass dead-letters it as INVALID_URL with the link, so nothing is lost.
            return link;
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
