package io.newsflow.ingest.discover;

import io.newsflow.ingest.SourceSpec;
import java.util.List;

/** Discovers from any kind of source by handing it to the discoverer for its type. */
public final class SourceDiscoverer implements Discoverer {

    private final Discoverer feeds;
    private final Discoverer lists;

    /**
     * @param feeds discovers from {@code FEED} sources
     * @param lists discovers from {@code LIST} sources
     */
    public SourceDiscoverer(Discoverer feeds, Discoverer lists) {
        this.feeds = feeds;
        this.lists = lists;
    }

    /** Discoverers for every source type, reading sources through {@code reader}. */
    public static SourceDiscoverer reading(SourceReader reader) {
        return new SourceDiscoverer(new FeedDiscoverer(reader), new ListDiscoverer(reader));
    }

    @Override
    public List<DiscoveredUrl> discover(SourceSpec source) throws SourceException {
        // An exhaustive switch: a new SourceType (SITEMAP) does not compile until it has a discoverer here.
        Discoverer discoverer = switch (source.type()) {
            case FEED -> feeds;
            case LIST -> lists;
        };
        return discoverer.discover(source);
    }
}
