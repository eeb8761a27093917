package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.publish.IngestPublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A frontier in memory for unit tests without a broker: one instance owns every host, and a pass takes everything
 * offered in it as one batch. The Kafka frontier is tested against a broker (the app module's ingest ITs).
 */
final class MemoryFrontier implements Frontier {

    private final List<DiscoveredUrl> offered = new ArrayList<>();

    /** Matches {@link IngestApp.FrontierFactory}; the publisher is not needed in memory. */
    MemoryFrontier(IngestPublisher publisher, Runnable onAssigned, BooleanSupplier stopping) {}

    @Override
    public void join(Duration wait) {}

    @Override
    public boolean owns(String key) {
        return true;
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
