package io.newsflow.publish.route;

import io.newsflow.schemas.LineageHeaders;
import io.newsflow.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link LineageHeaders} of the records publish writes.
 *
 * @param pipelineVersion the newsflow version publishing
 */
public record Lineage(String pipelineVersion) {

    /**
     * The headers of a record derived from {@code article} by {@code route}, whose value is written with
     * {@code schema}.
     */
    public Headers of(Article article, String route, Schema schema) {
        Headers headers = of(route, schema, article.getFetchedAt());
        add(headers, LineageHeaders.SOURCE, article.getDiscovery().getSourceUrl());
        add(headers, LineageHeaders.DISCOVERY_METHOD, article.getDiscovery().getMethod().name());
        add(headers, LineageHeaders.EXTRACTOR_VERSION, article.getExtractorVersion());
        return headers;
    }

    /** The headers of a record not derived from a single article (a story, a tombstone). */
    public Headers of(String route, Schema schema, @Nullable Instant fetchedAt) {
        Headers headers = new RecordHeaders();
        add(headers, LineageHeaders.ROUTE, route);
        add(headers, LineageHeaders.PIPELINE_VERSION, pipelineVersion);
        add(headers, LineageHeaders.SCHEMA_FINGERPRINT, fingerprint(schema));
        add(headers, LineageHeaders.FETCHED_AT, fetchedAt == null ? null : fetchedAt.toString());
        return headers;
    }

    /** The schema's CRC-64-AVRO fingerprint as 16 hex digits, as the single-object encoding carries it. */
    public static String fingerprint(Schema schema) {
        return String.format("%016x", SchemaNormalization.parsingFingerprint64(schema));
    }

    private static void add(Headers headers, String name, @Nullable String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
