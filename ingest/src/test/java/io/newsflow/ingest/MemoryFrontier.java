package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.publish.IngestPublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A frontier in memory for unit tests without a broker: one instance owns every host (or those a test names), and
 * a pass takes everything offered in it as one batch. The Kafka frontier is tested against a broker (the app module's ingest ITs).
 */
final class MemoryFrontier implements Frontier {

    private final List<DiscoveredUrl> offered = new ArrayList<>();
    private final Predicate<String> owned;

    /** Owns every host. Matches {@link IngestApp.FrontierFactory}; the publisher is not needed in memory. */
    MemoryFrontier(IngestPublisher publisher, Runnable onAssigned, BooleanSupplier stopping) {
        this(key -> true);
    }

    private MemoryFrontier(Predicate<String> owned) {
        this.owned = owned;
    }

    /** A frontier owning only the keys (hosts, file paths) {@code owned} accepts. */
    static IngestApp.FrontierFactory owning(Predicate<String> owned) {
        return (publisher, onAssigned, stopping) -> new MemoryFrontier(owned);
    }

    @Override
    public void join(Duration wait) {}

    @Override
    public boolean owns(String key) {
        return owned.test(key);
    }

    @Override
    public synchronized void offer(DiscoveredUrl url, String host) {
        offered.add(url);
    }

    @Override
    public synchronized List<DiscoveredUrl> take() {
        List<DiscoveredUrl> batch = List.copyOf(offered);
        offered.clear();
        return batch;
    }

    @Override
    public void done() {}
}
