package io.newsflow.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what one pass did, from many fetch threads at once, and feeds the app's meters. */
final class PassTally {

    private final IngestMetrics metrics;
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger deadLettered = new AtomicInteger();

    PassTally(IngestMetrics metrics) {
        this.metrics = metrics;
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
