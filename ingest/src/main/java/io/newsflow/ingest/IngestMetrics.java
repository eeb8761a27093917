package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ingest's meters: {@code newsflow.ingest.urls{outcome}} counts every URL (and source) by how it ended,
 * {@code newsflow.ingest.published} and {@code newsflow.ingest.dead.letters} count records sent. Hosts are not a tag:
 * with thousands of sites that is thousands of time series per outcome; the DLQ and the DEBUG log carry the URL.
 */
final class IngestMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter deadLetters;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.published = Counter.builder("newsflow.ingest.published")
                .description("RawArticle records sent").register(registry);
        this.deadLetters = Counter.builder("newsflow.ingest.dead.letters")
                .description("DeadLetter records sent").register(registry);
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
    }

    void deadLettered() {
        deadLetters.increment();
    }
}
