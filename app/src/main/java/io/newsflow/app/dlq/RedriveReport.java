package io.newsflow.app.dlq;

import java.util.Map;

/**
 * What a re-drive did (or, dry, would do).
 *
 * @param redriven dead letters sent back, by target topic
 * @param alreadyRedriven selected dead letters skipped because an earlier re-drive sent them
 * @param withoutSource selected dead letters that cannot be re-driven: no source topic or no original value
 *     (ingest failures, whose URL is fetched again by ingest itself)
 * @param dryRun whether nothing was written
 */
public record RedriveReport(Map<String, Integer> redriven, int alreadyRedriven, int withoutSource, boolean dryRun) {

    /** Freezes the map. */
    public RedriveReport {
        redriven = Map.copyOf(redriven);
    }

    /** Dead letters sent back in all. */
    public int total() {
        return redriven.values().stream().mapToInt(Integer::intValue).sum();
    }
}
