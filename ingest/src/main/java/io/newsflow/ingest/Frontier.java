package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveredUrl;
import java.time.Duration;
import java.util.List;

/**
 * Where discovered URLs wait to be fetched: discovery offers them keyed by host, and the fetching side takes the URLs
 * of the hosts this instance owns, batch by batch, and marks each batch done once its outcomes are recorded.
 */
interface Frontier {

    /**
     * Takes part in sharing the hosts (joining, or following a re-balance), waiting up to {@code wait} for this
     * instance's first share; it may be none, when there are more instances than partitions.
     *
     * @throws IllegalStateException when the instance could not join within {@code wait}
     */
    void join(Duration wait);

    /** Whether this instance owns {@code key} (a host key, or a file source's path) now. */
    boolean owns(String key);

    /** Offers a URL for fetching by the owner of {@code host}. */
    void offer(DiscoveredUrl url, String host);

    /** The next URLs of owned hosts; empty once everything offered to them so far was taken. */
    List<DiscoveredUrl> take();

    /** The URLs taken last are done: their outcomes are recorded, so no instance takes them again. */
    void done();
}
