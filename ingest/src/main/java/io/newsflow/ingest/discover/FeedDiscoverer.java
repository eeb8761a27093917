package io.newsflow.ingest.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsflow.ingest.SourceSpec;
import io.newsflow.ingest.discover.SourceReader.SourceContent;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.module.SyModule;
import com.rometools.rome.feed.rss.Channel;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Lists the entry links of an RSS 0.9x, 1.0 or 2.0, Atom or JSON Feed, with the feed and entry titles and dates. */
public final class FeedDiscoverer implements Discoverer {

    private static final Pattern SY_PERIOD = Pattern.compile("<(?:\\w+:)?updatePeriod>\\s*(\\w+)\\s*<");
    private static final Pattern SY_FREQUENCY = Pattern.compile("<(?:\\w+:)?updateFrequency>\\s*(\\d{1,6})\\s*<");

    private final SourceReader reader;
    private final BiConsumer<String, Duration> hints;

    /**
     * @param reader reads the feed's bytes
     * @param hints told each feed's polling hint (ttl, sy:updatePeriod) by its URL
     */
    public FeedDiscoverer(SourceReader reader, BiConsumer<String, Duration> hints) {
        this.reader = reader;
        this.hints = hints;
    }

    @Override
    public List<DiscoveredUrl> discover(SourceSpec source) throws SourceException {
        SourceContent content = reader.read(source);
        List<DiscoveredUrl> urls = parse(content);
        pollHint(content).ifPresent(hint -> hints.accept(source.location(), hint));
        return urls;
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

    /**
     * How often the feed says it is worth polling: RSS {@code <ttl>} (minutes), else {@code sy:updatePeriod} divided
     * by {@code sy:updateFrequency}; empty when it says nothing.
     */
    public static Optional<Duration> pollHint(SourceContent content) {
        if (JsonFeedParser.isJson(content)) {
            return Optional.empty();
        }
        try (InputStream in = new ByteArrayInputStream(content.bytes())) {
            WireFeed wire = new WireFeedInput().build(content.contentType() == null ? new XmlReader(in)
                    : new XmlReader(in, content.contentType(), true));
            if (wire instanceof Channel channel && channel.getTtl() > 0) {
                return Optional.of(Duration.ofMinutes(channel.getTtl()));
            }
            Optional<Duration> module = syndication(wire.getModule(SyModule.URI));
            return module.isPresent() ? module : syndication(new String(content.bytes(), StandardCharsets.UTF_8));
        } catch (IOException | FeedException | IllegalArgumentException e) {
            return Optional.empty(); // parse() reports an unreadable feed; a hint is optional
        }
    }

    private static Optional<Duration> syndication(@Nullable Module module) {
        if (!(module instanceof SyModule sy) || sy.getUpdatePeriod() == null) {
            return Optional.empty();
        }
        return period(sy.getUpdatePeriod(), sy.getUpdateFrequency());
    }

    /** Rome maps the syndication module for RSS 1.0 only; in RSS 2.0 feeds its elements are read from the text. */
    private static Optional<Duration> syndication(String xml) {
        Matcher period = SY_PERIOD.matcher(xml);
        if (!period.find()) {
            return Optional.empty();
        }
        Matcher frequency = SY_FREQUENCY.matcher(xml);
        return period(period.group(1), frequency.find() ? Integer.parseInt(frequency.group(1)) : 1);
    }

    private static Optional<Duration> period(String name, int updateFrequency) {
        Duration period = switch (name.trim()) {
            case SyModule.HOURLY -> Duration.ofHours(1);
            case SyModule.DAILY -> Duration.ofDays(1);
            case SyModule.WEEKLY -> Duration.ofDays(7);
            case SyModule.MONTHLY -> Duration.ofDays(30);
            case SyModule.YEARLY -> Duration.ofDays(365);
            default -> null;
        };
        int frequency = Math.max(1, updateFrequency);
        return Optional.ofNullable(period).map(p -> p.dividedBy(frequency));
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
