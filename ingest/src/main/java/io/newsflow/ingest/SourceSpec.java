package io.newsflow.ingest;

/**
 * One configured source.
 *
 * @param type what kind of source it is
 * @param location an absolute http(s) URL, or (for {@link SourceType#LIST} only) an absolute file path
 * @param ignoreRobots the operator's override: fetch this source (and the feeds and sitemaps it leads to) even where
 *     robots.txt disallows it; robots.txt is still fetched first, and each use of the override is logged
 */
public record SourceSpec(SourceType type, String location, boolean ignoreRobots) {

    /** A source that honours robots.txt, as every source does by default. */
    public SourceSpec(SourceType type, String location) {
        this(type, location, false);
    }

    /** Whether {@link #location} is an http(s) URL rather than a file path. */
    public boolean isUrl() {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** A source of {@code type} at {@code location} found through this one, with the same robots override. */
    public SourceSpec derive(SourceType type, String location) {
        return new SourceSpec(type, location, ignoreRobots);
    }
}
