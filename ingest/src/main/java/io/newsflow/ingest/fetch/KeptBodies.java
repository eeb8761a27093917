package io.newsflow.ingest.fetch;

import java.util.Optional;

/**
 * The last body of robots.txt and of each source, with its validators, kept (in the fetch state) so that a
 * conditional re-fetch answered with 304 costs the site nothing and still gives the rules or the listed URLs.
 */
public interface KeptBodies {

    /** The page last fetched from {@code url}, empty when none is kept. */
    Optional<Page> get(String url);

    /** Keeps {@code page} (fetched with a 2xx) under its requested URL. */
    void keep(Page page);

    /** {@code url} answered 304 to a conditional request: the kept page still holds. */
    void notModified(String url);
}
