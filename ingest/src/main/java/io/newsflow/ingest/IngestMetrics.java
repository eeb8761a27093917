package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ingest's meters: {@code newsflow.ingest.urls{outcome}} counts every URL (and source) by how it ended,
 * {@code newsflow.ingest.published} and {@code newsflow.ingest.dead.letters} count records sent,
 * {@code newsflow.records.in/out{stage=ingest}} are the URLs discovered and the pages published (the per-stage meters
 * every stage has), and {@code newsflow.ingest.politeness.wait} times the waits per-host politeness imposed (spacing,
 * Crawl-delay, backoff). Hosts are not a tag: with thousands of sites that is thousands of time series per outcome;
 * the DLQ and the DEBUG log carry the URL.
 */
final class IngestMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter deadLetters;
    private final Counter recordsIn;
    private final Counter recordsOut;
    private final Timer politenessWaits;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.published = Counter.builder("newsflow.ingest.published")
                .description("RawArticle records sent").register(registry);
        this.deadLetters = Counter.builder("newsflow.ingest.dead.letters")
                .description("DeadLetter records sent").register(registry);
        this.recordsIn = Counter.builder("newsflow.records.in").tag("stage", "ingest")
                .description("URLs the sources listed").register(registry);
        this.recordsOut = Counter.builder("newsflow.records.out").tag("stage", "ingest")
                .description("RawArticle records sent").register(registry);
        this.politenessWaits = Timer.builder("newsflow.ingest.politeness.wait")
                .description("Waits imposed by per-host politeness before a request (spacing, Crawl-delay, backoff)")
                .publishPercentileHistogram().register(registry);
    }

    void discovered(int urls) {
        recordsIn.increment(urls);
    }

    void waited(Duration wait) {
        politenessWaits.record(wait);
    }

    void outcome(String name) {
        outcomes.computeIfAbsent(name, key -> Counter.builder("newsflow.ingest.urls")
                        .description("URLs and sources by outcome")
                        .tag("outcome", key)
                        .register(registry))
                .increment();
    }

    void published() {
        published.increment();
        recordsOut.increment();
    }

    void deadLettered() {
        deadLetters.increment();
    }
}
