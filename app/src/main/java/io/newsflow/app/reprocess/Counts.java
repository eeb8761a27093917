package io.newsflow.app.reprocess;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.enrich.step.TimeCutoff;
import io.newsflow.publish.RoutingTopology;

/**
 * What the reprocessing applications have done in this process, read from their own meters: records, not offsets
 * (which also count transaction markers).
 */
final class Counts {

    /**
     * A reading of the counts.
     *
     * @param read raw records enrich consumed
     * @param skipped raw records skipped for lying at or after {@code --to}
     * @param published records publish sent to the articles topic (articles and tombstones)
     */
    record Seen(long read, long skipped, long published) {}

    private final MeterRegistry meters;

    Counts(MeterRegistry meters) {
        this.meters = meters;
    }

    Seen seen() {
        return new Seen(function("newsflow.records.in", EnrichTopology.STAGE),
                (long) meters.find(TimeCutoff.SKIPPED).counters().stream().mapToDouble(Counter::count).sum(),
                function("newsflow.records.out", RoutingTopology.STAGE));
    }

    private long function(String name, String stage) {
        FunctionCounter counter = meters.find(name).tag("stage", stage).functionCounter();
        return counter == null ? 0 : (long) counter.count();
    }
}
