package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrich topology of a reprocessing up to a point in time: raw records from that time on are skipped. */
class TimeCutoffTopologyTest {

    private static final Instant END = Instant.parse("2024-01-10T00:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void skipsRawRecordsAtOrAfterTheEndAndPassesEarlierOnes() {
        try (EnrichTopologyDriver topology = new EnrichTopologyDriver(EnrichConfig.load(Map.of()), Topics.DEFAULT,
                stateDir, Optional.of(END))) {
            // removals (tombstones) pass straight through enrich, so they show the cutoff without page extraction
            topology.raw.pipeInput("before", null, END.minusMillis(1));
            topology.raw.pipeInput("at", null, END);
            topology.raw.pipeInput("after", null, END.plusSeconds(86_400));
            topology.raw.pipeInput("long-before", null, END.minusSeconds(30L * 86_400));

            assertThat(topology.enriched.readRecordsToList()).extracting(TestRecord::key)
                    .containsExactly("before", "long-before");
            assertThat(topology.dead.isEmpty()).as("skipped records are no failures").isTrue();
        }
    }

    @Test
    void withoutEndEveryRecordPasses() {
        try (EnrichTopologyDriver topology = new EnrichTopologyDriver(EnrichConfig.load(Map.of()), Topics.DEFAULT,
                stateDir, Optional.empty())) {
            topology.raw.pipeInput("at", null, END);
            topology.raw.pipeInput("after", null, END.plusSeconds(86_400));

            assertThat(topology.enriched.readRecordsToList()).extracting(TestRecord::key).containsExactly("at", "after");
        }
    }
}
