package io.newsflow.app.reprocess;

import java.time.Duration;

/**
 * What a reprocessing did.
 *
 * @param resumed whether it resumed at the committed offsets of an earlier run (false: it started at {@code --from})
 * @param read raw records the enrich application consumed in this run
 * @param skipped of those, the records at or after {@code --to}
 * @param published records the publish application sent to the articles topic in this run (articles and
 *     tombstones)
 * @param took how long it ran
 */
public record ReprocessReport(boolean resumed, long read, long skipped, long published, Duration took) {

    /** The one-line summary. */
    public String summary() {
        return String.format("reprocess %s: %d raw records read, %d skipped (--to), %d articles published in %d s",
                resumed ? "resumed" : "started at --from", read, skipped, published, took.toSeconds());
    }
}
