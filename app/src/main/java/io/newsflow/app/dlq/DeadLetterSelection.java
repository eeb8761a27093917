package io.newsflow.app.dlq;

import io.newsflow.schemas.avro.DeadLetter;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which dead letters an operator means: by reason, by stage and by the time of failure (inclusive from, exclusive
 * to). An empty set matches every reason or stage.
 *
 * @param reasons reason codes, e.g. {@code NO_BODY}; empty = any
 * @param stages stage names, e.g. {@code enrich}; empty = any
 * @param from earliest {@code failedAt}, inclusive
 * @param to latest {@code failedAt}, exclusive
 */
public record DeadLetterSelection(
        Set<String> reasons, Set<String> stages, Optional<Instant> from, Optional<Instant> to) {

    /** Freezes the sets. */
    public DeadLetterSelection {
        reasons = Set.copyOf(reasons);
        stages = Set.copyOf(stages);
    }

    /** Whether the dead letter is selected. */
    public boolean matches(DeadLetter letter) {
        Instant at = letter.getFailedAt();
        return (reasons.isEmpty() || reasons.contains(letter.getReason()))
                && (stages.isEmpty() || stages.contains(letter.getStage()))
                && from.map(start -> !at.isBefore(start)).orElse(true)
                && to.map(end -> at.isBefore(end)).orElse(true);
    }
}
