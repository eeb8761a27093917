package io.newsflow.ingest;

import io.newsflow.ingest.discover.SkipReason;
import io.newsflow.ingest.discover.Skips;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what one pass did, from many fetch threads at once, and feeds the app's meters. Lives as long as the app
 * (discovery and revalidation count into it too) and starts from zero at each pass's {@link #begin()}; passes never
 * overlap.
 */
final class PassTally implements Skips {

    private static final Logger LOG = LoggerFactory.getLogger(PassTally.class);

    private final IngestMetrics metrics;
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger deadLettered = new AtomicInteger();

    PassTally(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    /** Starts a pass: every count back to zero. */
    void begin() {
        outcomes.clear();
        published.set(0);
        deadLettered.set(0);
    }

    @Override
    public void skipped(SkipReason reason, String url) {
        LOG.debug("{} {}", reason.outcome(), url);
        outcome(reason.outcome());
    }

    void outcome(String name) {
        outcomes.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
        metrics.outcome(name);
    }

    void published() {
        published.incrementAndGet();
        metrics.published();
    }

    void deadLettered() {
        deadLettered.incrementAndGet();
        metrics.deadLettered();
    }

    IngestReport report(int discovered) {
        metrics.discovered(discovered);
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach((name, count) -> counts.put(name, count.get()));
        return new IngestReport(counts, discovered, published.get(), deadLettered.get());
    }
}
