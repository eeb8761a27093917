package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static FetchOutcome robots(String url, String body) {
        return new FetchOutcome.Fetched(new Page(url, url, 200, "text/plain", null, null, null,
                body.getBytes(StandardCharsets.UTF_8), false, NOW, java.util.List.of()));
    }

    private static RobotsCache cache(RobotsCache.Fetch fetch) {
        return new RobotsCache(fetch, "NewsFlow/1.0 (+https://x.example)", Duration.ofHours(1), Duration.ofMinutes(5),
                500 * 1024, CLOCK);
    }

    @Test
    void aCrawlDelayAboveFiveMinutesIsHonouredNotTurnedIntoDisallowAll() throws InterruptedException {
        RobotsCache cache = cache(url -> robots(url, "User-agent: *\nCrawl-delay: 3600\nDisallow: /private/\n"));

        RobotsCache.Rules rules = cache.rules("https://site.example/news/1");

        assertThat(rules.allows("https://site.example/news/1")).isTrue();
        assertThat(rules.allows("https://site.example/private/x")).isFalse();
        assertThat(rules.crawlDelay()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void matchesTheUserAgentProductTokenAndCachesPerHost() throws InterruptedException {
        AtomicInteger fetches = new AtomicInteger();
        RobotsCache cache = cache(url -> {
            fetches.incrementAndGet();
            return robots(url, "User-agent: newsflow\nDisallow: /\n\nUser-agent: *\nAllow: /\n");
        });

        assertThat(cache.rules("https://site.example/a").allows("https://site.example/a")).isFalse();
        cache.rules("https://site.example/b");
        assertThat(fetches).hasValue(1);
        cache.rules("https://site.example:8443/b");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void a4xxAllowsEverythingAnd5xxDefersTheHost() throws InterruptedException {
        RobotsCache missing = cache(url -> new FetchOutcome.HttpError(url, url, 404, null));
        RobotsCache failing = cache(url -> new FetchOutcome.HttpError(url, url, 503, "60"));

        assertThat(missing.rules("https://a.example/x").allows("https://a.example/x")).isTrue();
        RobotsCache.Rules deferred = failing.rules("https://b.example/x");
        assertThat(deferred.deferred()).isTrue();
        assertThat(deferred.allows("https://b.example/x")).isFalse();
    }

    @Test
    void robotNameIsTheLowerCaseProductToken() {
        assertThat(RobotsCache.robotName("NewsFlow/0.1 (+https://x)")).isEqualTo("newsflow");
        assertThat(RobotsCache.hostKey("HTTPS://Site.Example/a")).isEqualTo("https://site.example:443");
    }
}
