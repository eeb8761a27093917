package io.newsflow.ingest.discover;

/** Told of every URL or sitemap that discovery leaves out, so that nothing is skipped silently. */
@FunctionalInterface
public interface Skips {

    /** {@code url} was left out for {@code reason}. */
    void skipped(SkipReason reason, String url);
}
