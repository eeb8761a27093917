package io.newsflow.ingest.discover;

import io.newsflow.ingest.SourceSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Discovers from any kind of source by handing it to the discoverer for its type. */
public final class SourceDiscoverer implements Discoverer {

    private final Discoverer feeds;
    private final Discoverer lists;
    private final Discoverer sitemaps;
    private final Discoverer sites;

    /**
     * @param feeds discovers from {@code FEED} sources
     * @param lists discovers from {@code LIST} sources
     * @param sitemaps discovers from {@code SITEMAP} sources
     * @param sites discovers from {@code SITE} sources
     */
    public SourceDiscoverer(Discoverer feeds, Discoverer lists, Discoverer sitemaps, Discoverer sites) {
        this.feeds = feeds;
        this.lists = lists;
        this.sitemaps = sitemaps;
        this.sites = sites;
    }

    /**
     * Discoverers for every source type, reading sources through {@code reader}.
     *
     * @param sitemapWindow how far back a sitemap's lastmod or publication date may lie
     * @param since an operator's backfill date for sitemaps, null for none
     * @param clock the time the window counts back from
     * @param hints told each feed's polling hint by its URL
     * @param skips told of every URL and sitemap left out
     */
    public static SourceDiscoverer reading(SourceReader reader, Duration sitemapWindow, @Nullable Instant since,
            Clock clock, BiConsumer<String, Duration> hints, Skips skips) {
        FeedDiscoverer feeds = new FeedDiscoverer(reader, hints);
        SitemapDiscoverer sitemaps = new SitemapDiscoverer(reader, sitemapWindow, since, clock, skips);
        return new SourceDiscoverer(feeds, new ListDiscoverer(reader), sitemaps,
                new SiteDiscoverer(reader, feeds, sitemaps, skips));
    }

    @Override
    public List<DiscoveredUrl> discover(SourceSpec source) throws SourceException {
        // An exhaustive switch: a new SourceType (SITEMAP) does not compile until it has a discoverer here.
        Discoverer discoverer = switch (source.type()) {
            case FEED -> feeds;
            case LIST -> lists;
            case SITEMAP -> sitemaps;
            case SITE -> sites;
        };
        return discoverer.discover(source);
    }
}
