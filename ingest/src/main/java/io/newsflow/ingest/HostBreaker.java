package io.newsflow.ingest;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A per-pass circuit breaker per host: timeouts (a stalled body ends as one too) count against their host, and a host
 * with {@code maxFailures} of them is skipped for the rest of the pass, so that a slow host does not hold the pass.
 */
final class HostBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(HostBreaker.class);

    private final int maxFailures;
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    HostBreaker(int maxFailures) {
        this.maxFailures = maxFailures;
    }

    /** Counts a timeout of {@code host}; opens the breaker at the limit (logged once). */
    void failed(String host) {
        int count = failures.computeIfAbsent(host, key -> new AtomicInteger()).incrementAndGet();
        if (count >= maxFailures && open.add(host)) {
            LOG.warn("host {} timed out {} times; skipped for the rest of this pass (host_skipped)", host, count);
        }
    }

    /** Whether {@code host} is skipped for the rest of the pass. */
    boolean isOpen(String host) {
        return open.contains(host);
    }
}
