package io.newsflow.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per host (scheme, host and port), fetched with the page fetcher and kept for a TTL. A 4xx answer
 * allows everything, a 5xx answer or a failed fetch defers the host for a while, and a file over the cap is parsed
 * up to the cap (as Google does).
 *
 * <p>The parser is built with no Crawl-delay limit: crawler-commons otherwise treats a Crawl-delay above 300 s as
 * "disallow everything". A long delay is honoured instead, by {@link HostGate}.
 */
public final class RobotsCache {

    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);

    private final Fetch fetch;
    private final List<String> robotNames;
    private final Duration ttl;
    private final Duration deferFor;
    private final int maxBytes;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param fetch fetches robots.txt (through the host's politeness gate)
     * @param userAgent the User-Agent header; its product token (before the first {@code /}) is the robot name
     * @param ttl how long a robots.txt is kept
     * @param deferFor how long a host whose robots.txt answered 5xx (or failed) is left alone
     * @param maxBytes bytes of robots.txt parsed at most
     * @param clock the time
     */
    public RobotsCache(Fetch fetch, String userAgent, Duration ttl, Duration deferFor, int maxBytes, Clock clock) {
        this.fetch = fetch;
        this.robotNames = List.of(robotName(userAgent));
        this.ttl = ttl;
        this.deferFor = deferFor;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The robot name matched against robots.txt User-agent lines: the User-Agent's product token, lower case. */
    public static String robotName(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    /** The scheme, host and port {@code url} belongs to, e.g. {@code https://example.org:443}. */
    public static String hostKey(String url) {
        URI uri = URI.create(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The rules for {@code url}'s host, fetching robots.txt when not cached or expired. */
    public Rules rules(String url) throws InterruptedException {
        String host = hostKey(url);
        Instant now = clock.instant();
        Entry entry = entries.get(host);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.rules();
        }
        synchronized (lockFor(host)) {
            entry = entries.get(host);
            if (entry == null || !clock.instant().isBefore(entry.expires())) {
                entry = load(host);
                entries.put(host, entry);
            }
            return entry.rules();
        }
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object lockFor(String host) {
        return locks.computeIfAbsent(host, key -> new Object());
    }

    private Entry load(String host) throws InterruptedException {
        String robotsUrl = host + "/robots.txt";
        FetchOutcome outcome = fetch.fetch(robotsUrl);
        Instant now = clock.instant();
        if (outcome instanceof FetchOutcome.Fetched || outcome instanceof FetchOutcome.TooLarge) {
            Page page = outcome instanceof FetchOutcome.Fetched f ? f.page() : ((FetchOutcome.TooLarge) outcome).page();
            byte[] body = page.body().length > maxBytes ? Arrays.copyOf(page.body(), maxBytes) : page.body();
            SimpleRobotRules parsed = parser.parseContent(robotsUrl, body, page.contentType(), robotNames);
            LOG.debug("robots.txt of {}: crawl-delay {} ms, {} sitemaps", host, parsed.getCrawlDelay(),
                    parsed.getSitemaps().size());
            return new Entry(Rules.of(parsed), now.plus(ttl));
        }
        if (outcome instanceof FetchOutcome.HttpError error && error.status() >= 400 && error.status() < 500) {
            return new Entry(Rules.of(parser.failedFetch(error.status())), now.plus(ttl)); // 4xx: allow all
        }
        if (outcome instanceof FetchOutcome.Refused refused) {
            return new Entry(Rules.refused(refused.reason()), now.plus(ttl));
        }
        String reason = "robots.txt of " + host + " unavailable (" + describe(outcome) + ")";
        LOG.warn("{}; deferring the host for {}", reason, deferFor);
        return new Entry(Rules.deferred(reason), now.plus(deferFor));
    }

    private static String describe(FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.HttpError error) {
            return "HTTP " + error.status();
        }
        return outcome.name();
    }

    /** Fetches a robots.txt URL. */
    @FunctionalInterface
    public interface Fetch {
        /** Fetches {@code url}; failures are outcomes. */
        FetchOutcome fetch(String url) throws InterruptedException;
    }

    private record Entry(Rules rules, Instant expires) {}

    /**
     * The rules of one host.
     *
     * @param robots the parsed rules; null when the host is deferred or refused
     * @param unavailable why robots.txt could not be had (host deferred or refused), null when it could
     * @param refused whether the SSRF guard refused the host
     */
    public record Rules(BaseRobotRules robots, String unavailable, boolean refused) {

        static Rules of(BaseRobotRules robots) {
            return new Rules(robots, "", false);
        }

        static Rules deferred(String reason) {
            return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), reason, false);
        }

        static Rules refused(String reason) {
            return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), reason, true);
        }

        /** Whether the host is deferred: robots.txt answered 5xx or could not be fetched. */
        public boolean deferred() {
            return !unavailable.isEmpty() && !refused;
        }

        /** Whether {@code url} may be fetched. */
        public boolean allows(String url) {
            return unavailable.isEmpty() && robots.isAllowed(url);
        }

        /** The Crawl-delay, zero when robots.txt sets none. */
        public Duration crawlDelay() {
            long delay = robots.getCrawlDelay();
            return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? Duration.ZERO : Duration.ofMillis(delay);
        }

        /** The sitemaps robots.txt names. */
        public List<String> sitemaps() {
            return robots.getSitemaps();
        }
    }
}
