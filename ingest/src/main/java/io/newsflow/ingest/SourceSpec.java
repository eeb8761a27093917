package io.newsflow.ingest;

/**
 * One configured source.
 *
 * @param type what kind of source it is
 * @param location an absolute http(s) URL, or (for {@link SourceType#LIST} only) an absolute file path
 */
public record SourceSpec(SourceType type, String location) {

    /** Whether {@link #location} is an http(s) URL rather than a file path. */
    public boolean isUrl() {
        return location.startsWith("http://") || location.startsWith("https://");
    }
}
