package io.newsflow.app.dlq;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.runtime.deadletter.DeadLetterWriter;
import java.time.Instant;

/**
 * The record of a re-drive, kept in the dead-letter topic itself: a {@link DeadLetter} with reason {@value #REASON},
 * stage {@value #STAGE}, and as its source coordinates the dead letter that was re-driven. It is written in the same
 * transaction as the re-driven record, so a dead letter has a marker exactly when its record went back to its source
 * topic; a later re-drive skips every dead letter that has one.
 */
public final class RedriveMarker {

    /** Reason code of a marker. */
    public static final String REASON = "REDRIVEN";
    /** Stage name of a marker. */
    public static final String STAGE = "dlq";
    /** Header on a re-driven record naming the dead letter it came from: {@code <dlq topic>:<partition>:<offset>}. */
    public static final String HEADER_REDRIVEN_FROM = "newsflow.redriven.from";

    private RedriveMarker() {}

    /** Whether {@code letter} is a marker rather than a failure. */
    public static boolean isMarker(DeadLetter letter) {
        return REASON.equals(letter.getReason()) && STAGE.equals(letter.getStage());
    }

    /** The marker saying that the dead letter at {@code stored} was re-driven to {@code target}. */
    public static DeadLetter of(String deadLetterTopic, StoredDeadLetter stored, String target, Instant at) {
        DeadLetter letter = stored.letter();
        return DeadLetterWriter.builder(STAGE, REASON, null, at)
                .setDetail("re-driven to " + target + " (was " + (letter == null ? "?" : letter.getStage() + "/"
                        + letter.getReason()) + ")")
                .setSourceTopic(deadLetterTopic)
                .setSourcePartition(stored.partition())
                .setSourceOffset(stored.offset())
                .setArticleId(letter == null ? null : letter.getArticleId())
                .setUrl(letter == null ? null : letter.getUrl())
                .build();
    }
}
