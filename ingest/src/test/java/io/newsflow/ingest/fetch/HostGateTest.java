package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostGateTest {

    private static final String HOST = "https://a.example:443";
    private static final String OTHER = "https://b.example:443";

    /** A clock the sleeper advances, so the gate's waits take no real time. */
    private static final class FakeTime extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");
        private final List<Duration> sleeps = new ArrayList<>();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }
    }

    private final FakeTime time = new FakeTime();
    private final HostGate gate = new HostGate(Duration.ofSeconds(2), 1, Duration.ofSeconds(5), Duration.ofMinutes(10),
            time, time::sleep, () -> 0.0);

    @Test
    void spacesRequestsToOneHostByTheDelayFromTheEndOfTheLast() throws InterruptedException {
        gate.acquire(HOST);
        time.sleep(Duration.ofMillis(300)); // the request takes 300 ms
        gate.release(HOST);
        Instant ended = time.instant();

        gate.acquire(HOST);

        assertThat(time.instant()).isEqualTo(ended.plusSeconds(2));
    }

    @Test
    void otherHostsDoNotWait() throws InterruptedException {
        gate.acquire(HOST);
        gate.release(HOST);
        Instant before = time.instant();

        gate.acquire(OTHER);

        assertThat(time.instant()).isEqualTo(before);
    }

    @Test
    void aLongerCrawlDelayWinsEvenOverTheRequestThatFetchedRobots() throws InterruptedException {
        gate.acquire(HOST);
        gate.release(HOST);
        gate.crawlDelay(HOST, Duration.ofSeconds(30));

        assertThat(gate.readyAt(HOST)).isEqualTo(time.instant().plusSeconds(30));
        gate.crawlDelay(OTHER, Duration.ofMillis(10));
        assertThat(gate.delay(OTHER)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterPausesOnlyThatHostAndIsCapped() {
        assertThat(gate.pause(HOST, "120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(gate.readyAt(HOST)).isEqualTo(time.instant().plusSeconds(120));
        assertThat(gate.readyAt(OTHER)).isBefore(time.instant().plusMillis(1));
        assertThat(gate.pause(HOST, "86400")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void retryAfterAsAnHttpDate() {
        Instant at = time.instant().plusSeconds(90);
        String date = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));

        assertThat(gate.pause(HOST, date)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void backsOffExponentiallyWithJitterWithoutRetryAfterAndResetsOnSuccess() {
        // jitter 0.0 gives half of the full pause: 5s * 2^n / 2
        assertThat(gate.pause(HOST, null)).isEqualTo(Duration.ofMillis(2500));
        assertThat(gate.pause(HOST, "not a date")).isEqualTo(Duration.ofSeconds(5));
        assertThat(gate.pause(HOST, null)).isEqualTo(Duration.ofSeconds(10));
        gate.succeeded(HOST);
        assertThat(gate.pause(HOST, null)).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void handedOverHostsKnownOrNotWaitOneDelayBeforeTheirNextRequest() throws InterruptedException {
        gate.acquire(HOST);
        gate.release(HOST);
        time.sleep(Duration.ofSeconds(5)); // HOST would be free now
        Instant handedOver = time.instant();

        gate.handOver();

        assertThat(gate.readyAt(HOST)).isEqualTo(handedOver.plusSeconds(2));
        assertThat(gate.readyAt(OTHER)).isEqualTo(handedOver.plusSeconds(2));
        gate.acquire(OTHER);
        assertThat(time.instant()).isEqualTo(handedOver.plusSeconds(2));
    }
}
