package io.newsflow.ingest;

import io.newsflow.schemas.Topics;
import io.newsflow.runtime.config.KnownKeys;
import io.newsflow.runtime.config.Settings;
import io.newsflow.ingest.fetch.AllowedOrigin;
import io.newsflow.ingest.fetch.Cidr;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ingest stage's configuration: the {@code ingest.*} keys, validated.
 *
 * @param userAgent User-Agent header sent with every request
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout deadline for a whole fetch: every redirect hop, the headers and the body
 * @param maxBodyBytes pages are cut at this many (decompressed) bytes and published with {@code truncated=true}
 * @param maxRedirects redirects followed per fetch before giving up
 * @param fetchThreads pages fetched in parallel
 * @param pollInterval how often each source is read, unless a feed's own hint says otherwise
 * @param sources where article URLs come from, in configured order
 * @param allowAddresses non-public address ranges the SSRF guard lets through (e.g. 127.0.0.0/8 for a local site)
 * @param hostDelay least time between two requests to one host (robots.txt Crawl-delay raises it)
 * @param hostMaxConcurrent requests in flight per host
 * @param backoffBase first pause of a host after a 429/5xx/timeout without Retry-After; doubles per failure
 * @param backoffMax longest pause of a host, Retry-After included
 * @param maxRetries retries of a URL within a pass after 429, 5xx or a timeout
 * @param retryAfter how long a URL that failed transiently waits before a later pass tries it again
 * @param robotsTtl how long a robots.txt is kept
 * @param robotsDefer how long a host whose robots.txt answered 5xx (or failed) is left alone
 * @param robotsMaxBytes bytes of a robots.txt parsed at most
 * @param pollMin shortest polling interval a feed's own hint may set
 * @param pollMax longest polling interval a feed's own hint may set
 * @param sitemapWindow sitemap URLs (and index entries) whose lastmod or publication date is older are skipped
 * @param sitemapSince a backfill: sitemap URLs and index entries dated back to this instant are kept although older
 *     than the window; null for none
 * @param hostMaxFailures timeouts (or stalled bodies) of one host in a pass after which the host is skipped for the
 *     rest of the pass
 * @param maxCompressionRatio a compressed body that decodes to more than this many times its size is refused
 * @param allowOrigins non-public host:port origins the SSRF guard lets through (that port only)
 * @param frontierBatch frontier records an instance takes at once; their offsets are committed once all are done
 */
public record IngestConfig(
        String userAgent,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBodyBytes,
        int maxRedirects,
        int fetchThreads,
        Duration pollInterval,
        List<SourceSpec> sources,
        List<Cidr> allowAddresses,
        Duration hostDelay,
        int hostMaxConcurrent,
        Duration backoffBase,
        Duration backoffMax,
        int maxRetries,
        Duration retryAfter,
        Duration robotsTtl,
        Duration robotsDefer,
        int robotsMaxBytes,
        Duration pollMin,
        Duration pollMax,
        Duration sitemapWindow,
        @Nullable Instant sitemapSince,
        int hostMaxFailures,
        int maxCompressionRatio,
        List<AllowedOrigin> allowOrigins,
        int frontierBatch) {

    /** Address ranges the SSRF guard lets through: comma-separated, or a YAML list. */
    public static final String ALLOW_ADDRESSES = "ingest.allow.addresses";

    /** Room left in a record for everything but the page bytes. */
    private static final long RECORD_ENVELOPE_BYTES = 256 * 1024;

    /** The {@code ingest.*} keys this config reads: numbered sources and allow-list items, and the base directory. */
    public static KnownKeys keys() {
        return Settings.keys(IngestConfig.class, "defaults.properties", SourceKeys.PREFIX, ALLOW_ADDRESSES + ".")
                .and(KnownKeys.of(List.of(SourceKeys.BASE_DIR)));
    }

    /** Freezes the source list. */
    public IngestConfig {
        sources = List.copyOf(sources);
        allowAddresses = List.copyOf(allowAddresses);
        allowOrigins = List.copyOf(allowOrigins);
    }

    /**
     * Reads the {@code ingest.*} keys from {@code settings} over the classpath {@code defaults.properties}.
     *
     * @param settings a flat map (config file and environment, already merged by the caller)
     * @throws IllegalArgumentException listing every missing or invalid value
     */
    public static IngestConfig load(Map<String, String> settings) {
        Settings s = Settings.of(IngestConfig.class, "defaults.properties", settings);
        Allowed allowed = allowed(s);
        IngestConfig config = new IngestConfig(
                s.string("ingest.user.agent"),
                positive(s, "ingest.connect.timeout"),
                positive(s, "ingest.request.timeout"),
                s.bytes("ingest.max.body.bytes", 1024, Topics.MAX_MESSAGE_BYTES - RECORD_ENVELOPE_BYTES),
                s.integer("ingest.max.redirects", 0, 20),
                s.integer("ingest.fetch.threads", 1, 256),
                positive(s, "ingest.poll.interval"),
                SourceKeys.read(s),
                allowed.ranges(),
                nonNegative(s, "ingest.host.delay"),
                s.integer("ingest.host.max.concurrent", 1, 64),
                positive(s, "ingest.backoff.base"),
                positive(s, "ingest.backoff.max"),
                s.integer("ingest.max.retries", 0, 10),
                positive(s, "ingest.retry.after"),
                positive(s, "ingest.robots.ttl"),
                positive(s, "ingest.robots.defer"),
                (int) s.bytes("ingest.robots.max.bytes", 1024, 16 * 1024 * 1024),
                positive(s, "ingest.poll.min"),
                positive(s, "ingest.poll.max"),
                positive(s, "ingest.sitemap.window"),
                since(s),
                s.integer("ingest.host.max.failures", 1, 100),
                s.integer("ingest.max.compression.ratio", 10, 100_000),
                allowed.origins(),
                s.integer("ingest.frontier.batch", 1, 10_000));
        s.validate("ingest");
        return config;
    }

    /** The allow-list: CIDR ranges and bare addresses (any port), and host:port origins (that port only). */
    private static Allowed allowed(Settings s) {
        List<String> values = new ArrayList<>(s.list(ALLOW_ADDRESSES));
        values.addAll(s.withPrefix(ALLOW_ADDRESSES + ".").values()); // a YAML list arrives numbered
        List<Cidr> ranges = new ArrayList<>();
        List<AllowedOrigin> origins = new ArrayList<>();
        for (String value : values) {
            try {
                Optional<AllowedOrigin> origin = AllowedOrigin.parse(value);
                if (origin.isPresent()) {
                    origins.add(origin.get());
                } else {
                    ranges.add(Cidr.parse(value));
                }
            } catch (IllegalArgumentException e) {
                s.problem(ALLOW_ADDRESSES + ": " + e.getMessage());
            }
        }
        return new Allowed(ranges, origins);
    }

    private record Allowed(List<Cidr> ranges, List<AllowedOrigin> origins) {}

    /** {@code ingest.sitemap.since}: a date (UTC midnight) or an instant; null when unset. */
    private static @Nullable Instant since(Settings s) {
        String value = s.optional("ingest.sitemap.since").orElse("").trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return value.contains("T")
                    ? Instant.parse(value)
                    : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            s.problem("ingest.sitemap.since must be a date (2024-01-31) or an instant (2024-01-31T00:00:00Z), got '"
                    + value + "'");
            return null;
        }
    }

    private static Duration nonNegative(Settings s, String key) {
        Duration value = s.duration(key);
        if (value.isNegative()) {
            s.problem(key + " must not be negative");
        }
        return value;
    }

    private static Duration positive(Settings s, String key) {
        Duration value = s.duration(key);
        if (value.isNegative() || value.isZero()) {
            s.problem(key + " must be a positive duration");
        }
        return value;
    }
}
