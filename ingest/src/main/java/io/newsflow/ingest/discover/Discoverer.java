package io.newsflow.ingest.discover;

import io.newsflow.ingest.SourceSpec;
import java.util.List;

/** Reads one kind of source and lists the article URLs in it. */
public interface Discoverer {

    /**
     * The URLs {@code source} lists, in source order.
     *
     * @throws SourceException when the source cannot be read or parsed
     */
    List<DiscoveredUrl> discover(SourceSpec source) throws SourceException;
}
