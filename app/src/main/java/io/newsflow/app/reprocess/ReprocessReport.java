package io.newsflow.app.reprocess;

import java.time.Duration;

/**
 * What a reprocessing did.
 *
 * @param resumed whether it resumed at the committed offsets of an earlier run (false: it started at {@code --from})
 * @param read raw records the enrich application consumed in this run (offsets, so aborted transactions count)
 * @param published enriched records the publish application consumed in this run
 * @param took how long it ran
 */
public record ReprocessReport(boolean resumed, long read, long published, Duration took) {

    /** The one-line summary. */
    public String summary() {
        return String.format("reprocess %s: %d raw records read, %d enriched records published in %d s",
                resumed ? "resumed" : "started at --from", read, published, took.toSeconds());
    }
}
