package io.newsflow.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each source is next polled: {@code ingest.poll.interval} after its last read, or what the feed itself asks
 * for (RSS {@code ttl}, {@code sy:updatePeriod}) kept within {@code ingest.poll.min} and {@code ingest.poll.max}.
 */
final class SourceSchedule {

    private final Duration interval;
    private final Duration min;
    private final Duration max;
    private final Clock clock;
    private final Map<String, Instant> next = new ConcurrentHashMap<>();
    private final Map<String, Duration> hints = new ConcurrentHashMap<>();

    SourceSchedule(Duration interval, Duration min, Duration max, Clock clock) {
        this.interval = interval;
        this.min = min;
        this.max = max;
        this.clock = clock;
    }

    /** Records a feed's own polling hint, applied from its next read on. */
    void hint(String location, Duration hint) {
        hints.put(location, hint);
    }

    boolean due(SourceSpec source) {
        return !clock.instant().isBefore(next.getOrDefault(source.location(), Instant.EPOCH));
    }

    /** The source was just read: schedule its next read. */
    void polled(SourceSpec source) {
        next.put(source.location(), clock.instant().plus(intervalOf(source)));
    }

    Duration intervalOf(SourceSpec source) {
        Duration hint = hints.get(source.location());
        if (hint == null) {
            return interval;
        }
        return hint.compareTo(min) < 0 ? min : hint.compareTo(max) > 0 ? max : hint;
    }

    /** How long until the first of {@code sources} is due, zero when one is. */
    Duration untilNext(List<SourceSpec> sources) {
        Instant now = clock.instant();
        return sources.stream()
                .map(source -> next.getOrDefault(source.location(), Instant.EPOCH))
                .min(Instant::compareTo)
                .map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO)
                .orElse(interval);
    }
}
