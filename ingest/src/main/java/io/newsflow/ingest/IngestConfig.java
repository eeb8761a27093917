package io.newsflow.ingest;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.config.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The ingest stage's configuration: the {@code ingest.*} keys, validated.
 *
 * @param userAgent User-Agent header sent with every request
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param requestTimeout deadline for a whole fetch: every redirect hop, the headers and the body
 * @param maxBodyBytes pages are cut at this many (decompressed) bytes and published with {@code truncated=true}
 * @param maxRedirects redirects followed per fetch before giving up
 * @param fetchThreads pages fetched in parallel
 * @param pollInterval pause between the end of one pass and the start of the next
 * @param sources where article URLs come from, in configured order
 */
public record IngestConfig(
        String userAgent,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBodyBytes,
        int maxRedirects,
        int fetchThreads,
        Duration pollInterval,
        List<SourceSpec> sources) {

    /** Room left in a record for everything but the page bytes. */
    private static final long RECORD_ENVELOPE_BYTES = 256 * 1024;

    /** Freezes the source list. */
    public IngestConfig {
        sources = List.copyOf(sources);
    }

    /**
     * Reads the {@code ingest.*} keys from {@code settings} over the classpath {@code defaults.properties}.
     *
     * @param settings a flat map (config file and environment, already merged by the caller)
     * @throws IllegalArgumentException listing every missing or invalid value
     */
    public static IngestConfig load(Map<String, String> settings) {
        Settings s = Settings.of(IngestConfig.class, "defaults.properties", settings);
        IngestConfig config = new IngestConfig(
                s.string("ingest.user.agent"),
                positive(s, "ingest.connect.timeout"),
                positive(s, "ingest.request.timeout"),
                s.bytes("ingest.max.body.bytes", 1024, Topics.MAX_MESSAGE_BYTES - RECORD_ENVELOPE_BYTES),
                s.integer("ingest.max.redirects", 0, 20),
                s.integer("ingest.fetch.threads", 1, 256),
                positive(s, "ingest.poll.interval"),
                SourceKeys.read(s));
        s.validate("ingest");
        return config;
    }

    private static Duration positive(Settings s, String key) {
        Duration value = s.duration(key);
        if (value.isNegative() || value.isZero()) {
            s.problem(key + " must be a positive duration");
        }
        return value;
    }
}
