package io.newsflow.app.reprocess;

import java.time.Instant;
import java.util.Optional;

/**
 * The part of the raw topic's history a reprocessing covers, by record timestamp: from {@code from} (inclusive) to
 * {@code to} (exclusive), and the version of the outputs it writes.
 *
 * @param from first raw record time to reprocess
 * @param to raw records at or after it are skipped; empty: everything up to the end seen at start
 * @param version output version of the topics and application ids, {@code v2} and later
 */
public record ReprocessRange(Instant from, Optional<Instant> to, String version) {

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException when {@code to} is not after {@code from}
     */
    public ReprocessRange {
        if (to.isPresent() && !to.get().isAfter(from)) {
            throw new IllegalArgumentException("--to must be after --from");
        }
    }

    /** The application id of a stage's reprocessing: {@code <live id>-reprocess-<version>}. */
    public String applicationId(String liveId) {
        return liveId + "-reprocess-" + version;
    }
}
