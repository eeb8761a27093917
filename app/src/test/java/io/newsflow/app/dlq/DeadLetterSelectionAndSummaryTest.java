package io.newsflow.app.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.runtime.deadletter.DeadLetterWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterSelectionAndSummaryTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void emptySelectionMatchesEverything() {
        DeadLetterSelection all = new DeadLetterSelection(Set.of(), Set.of(), Optional.empty(), Optional.empty());
        assertThat(all.matches(letter("enrich", "NO_BODY", NOON))).isTrue();
        assertThat(all.matches(letter("publish", "UNDECODABLE_RECORD", NOON))).isTrue();
    }

    @Test
    void selectsByReasonStageAndHalfOpenTimeRange() {
        DeadLetterSelection selection = new DeadLetterSelection(Set.of("NO_BODY", "NO_TITLE"), Set.of("enrich"),
                Optional.of(NOON), Optional.of(NOON.plusSeconds(3600)));
        assertThat(selection.matches(letter("enrich", "NO_BODY", NOON))).isTrue();
        assertThat(selection.matches(letter("enrich", "NO_TITLE", NOON.plusSeconds(3599)))).isTrue();
        assertThat(selection.matches(letter("enrich", "NO_BODY", NOON.plusSeconds(3600)))).as("to is exclusive").isFalse();
        assertThat(selection.matches(letter("enrich", "NO_BODY", NOON.minusMillis(1)))).isFalse();
        assertThat(selection.matches(letter("publish", "NO_BODY", NOON))).isFalse();
        assertThat(selection.matches(letter("enrich", "PROCESSING_ERROR", NOON))).isFalse();
    }

    @Test
    void summaryCountsByStageAndReasonAndCreditsMarkersToTheirGroup() {
        DeadLetterSummary summary = new DeadLetterSummary();
        StoredDeadLetter first = stored(0, letter("enrich", "NO_BODY", NOON));
        summary.add(first);
        summary.add(stored(1, letter("enrich", "NO_BODY", NOON.plusSeconds(60))));
        summary.add(stored(2, letter("publish", "UNDECODABLE_RECORD", NOON)));
        summary.add(stored(3, RedriveMarker.of("t.dlq.v1", first, "t.raw.v1", NOON.plusSeconds(120))));
        summary.add(new StoredDeadLetter(0, 4, NOON, null, null, new RecordHeaders()));

        assertThat(summary.groups()).containsOnlyKeys("enrich/NO_BODY", "publish/UNDECODABLE_RECORD");
        DeadLetterSummary.Group noBody = summary.groups().get("enrich/NO_BODY");
        assertThat(noBody.count()).isEqualTo(2);
        assertThat(noBody.redriven()).isEqualTo(1);
        assertThat(noBody.first()).isEqualTo(NOON);
        assertThat(noBody.last()).isEqualTo(NOON.plusSeconds(60));
        assertThat(summary.groups().get("publish/UNDECODABLE_RECORD").redriven()).isZero();
        assertThat(summary.undecodable()).isEqualTo(1);
    }

    private static StoredDeadLetter stored(long offset, DeadLetter letter) {
        return new StoredDeadLetter(0, offset, NOON, null, letter, new RecordHeaders());
    }

    private static DeadLetter letter(String stage, String reason, Instant at) {
        return DeadLetterWriter.builder(stage, reason, null, at).build();
    }
}
