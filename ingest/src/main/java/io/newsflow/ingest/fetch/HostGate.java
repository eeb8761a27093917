package io.newsflow.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Politeness per host: at most {@code maxPerHost} requests in flight, and at least the larger of the configured
 * delay and the host's Crawl-delay between one request's end and the next one's start (and between two starts).
 * A host that answered 429/503 (or failed) is paused, honouring Retry-After up to a cap, else backing off
 * exponentially with jitter; other hosts are not affected.
 *
 * <p>Thread-safe; lives as long as the app, so the pauses carry over from one pass to the next.
 */
public final class HostGate {

    private final Duration minDelay;
    private final int maxPerHost;
    private final Duration backoffBase;
    private final Duration maxPause;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final Map<String, HostState> hosts = new ConcurrentHashMap<>();
    /** No request to a host before this instant: hosts were just handed over from another instance. */
    private volatile Instant handedOverUntil = Instant.MIN;

    /**
     * @param minDelay the configured delay between requests to one host
     * @param maxPerHost requests in flight per host
     * @param backoffBase the first pause after a failure without Retry-After; it doubles with each further failure
     * @param maxPause the longest pause (Retry-After included)
     * @param clock the time
     * @param sleeper waits
     * @param random uniform numbers in [0, 1) for the jitter
     */
    public HostGate(Duration minDelay, int maxPerHost, Duration backoffBase, Duration maxPause, Clock clock,
            Sleeper sleeper, DoubleSupplier random) {
        this.minDelay = minDelay;
        this.maxPerHost = maxPerHost;
        this.backoffBase = backoffBase;
        this.maxPause = maxPause;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** When the next request to {@code host} may start, ignoring the in-flight limit. */
    public Instant readyAt(String host) {
        HostState state = state(host);
        synchronized (state) {
            return state.nextAllowed.isAfter(state.pausedUntil) ? state.nextAllowed : state.pausedUntil;
        }
    }

    /**
     * Hosts were handed over from another instance (a re-balance), which may have requested any of them just before:
     * every host, known or not, waits one configured delay from now before its next request.
     */
    public void handOver() {
        Instant until = clock.instant().plus(minDelay);
        handedOverUntil = until;
        hosts.values().forEach(state -> {
            synchronized (state) {
                if (until.isAfter(state.nextAllowed)) {
                    state.nextAllowed = until;
                }
            }
        });
    }

    /** Sets the host's Crawl-delay; the spacing is the larger of it and the configured delay. */
    public void crawlDelay(String host, Duration crawlDelay) {
        HostState state = state(host);
        synchronized (state) {
            state.delay = crawlDelay.compareTo(minDelay) > 0 ? crawlDelay : minDelay;
            // robots.txt itself was just fetched under the old delay: the next request keeps the new one from it
            Instant next = state.lastEnd.plus(state.delay);
            if (next.isAfter(state.nextAllowed)) {
                state.nextAllowed = next;
            }
        }
    }

    /** The spacing in force for {@code host}. */
    public Duration delay(String host) {
        HostState state = state(host);
        synchronized (state) {
            return state.delay;
        }
    }

    /**
     * Waits until a request to {@code host} may start, then counts it in flight. Pair with {@link #release}.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void acquire(String host) throws InterruptedException {
        HostState state = state(host);
        while (true) {
            Duration wait;
            synchronized (state) {
                Instant now = clock.instant();
                Instant ready = state.nextAllowed.isAfter(state.pausedUntil) ? state.nextAllowed : state.pausedUntil;
                if (state.inFlight < maxPerHost && !now.isBefore(ready)) {
                    state.inFlight++;
                    state.nextAllowed = now.plus(state.delay);
                    return;
                }
                wait = now.isBefore(ready) ? Duration.between(now, ready) : Duration.ofMillis(20);
            }
            sleeper.sleep(wait);
        }
    }

    /** Ends a request started with {@link #acquire}: the next may start one delay from now at the earliest. */
    public void release(String host) {
        HostState state = state(host);
        synchronized (state) {
            state.inFlight--;
            state.lastEnd = clock.instant();
            Instant next = state.lastEnd.plus(state.delay);
            if (next.isAfter(state.nextAllowed)) {
                state.nextAllowed = next;
            }
        }
    }

    /** The host answered well: the next failure starts backing off from the base pause again. */
    public void succeeded(String host) {
        HostState state = state(host);
        synchronized (state) {
            state.failures = 0;
        }
    }

    /**
     * Pauses {@code host} after a 429/503, a 5xx or a timeout: for its Retry-After when given (capped), else for
     * {@code backoffBase * 2^failures} (capped) with jitter between half and all of it.
     *
     * @param retryAfter the Retry-After header (seconds or an HTTP date), null when absent
     * @return the pause
     */
    public Duration pause(String host, @Nullable String retryAfter) {
        HostState state = state(host);
        synchronized (state) {
            Instant now = clock.instant();
            Duration pause = retryAfter(retryAfter, now);
            if (pause == null) {
                long factor = 1L << Math.min(state.failures, 20);
                Duration full = cap(backoffBase.multipliedBy(factor));
                pause = Duration.ofMillis((long) (full.toMillis() * (0.5 + random.getAsDouble() / 2)));
            }
            pause = cap(pause);
            state.failures++;
            Instant until = now.plus(pause);
            if (until.isAfter(state.pausedUntil)) {
                state.pausedUntil = until;
            }
            return pause;
        }
    }

    /** The Retry-After header as a duration from {@code now}, null when absent or unreadable. */
    static @Nullable Duration retryAfter(@Nullable String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.matches("\\d{1,10}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null; // unreadable: the caller backs off exponentially instead, which is the safe choice
        }
    }

    private Duration cap(Duration pause) {
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }

    private HostState state(String host) {
        return hosts.computeIfAbsent(host, key -> {
            HostState state = new HostState(minDelay);
            if (handedOverUntil.isAfter(state.nextAllowed)) {
                state.nextAllowed = handedOverUntil;
            }
            return state;
        });
    }

    /** Waits; tests pass one that advances a fake clock. */
    @FunctionalInterface
    public interface Sleeper {
        /** Sleeps for {@code duration}. */
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final class HostState {
        private Duration delay;
        private int inFlight;
        private int failures;
        private Instant nextAllowed = Instant.EPOCH;
        private Instant lastEnd = Instant.EPOCH;
        private Instant pausedUntil = Instant.EPOCH;

        HostState(Duration delay) {
            this.delay = delay;
        }
    }
}
