package io.newsflow.schemas;

/**
 * Names of the lineage headers publish puts on every record it writes (articles, routed, mentions and stories topics),
 * so a consumer can tell where a record came from without decoding it. Values are UTF-8 strings; a header whose value
 * is unknown (an article without a source URL) is left out.
 */
public final class LineageHeaders {

    /** The feed, sitemap or list the article was discovered in. */
    public static final String SOURCE = "newsflow.source";
    /** How it was discovered: FEED, SITEMAP, LIST, REPLAY, OTHER. */
    public static final String DISCOVERY_METHOD = "newsflow.discovery.method";
    /** Version of newsflow that published the record. */
    public static final String PIPELINE_VERSION = "newsflow.pipeline.version";
    /** Version of the extraction code that produced the article. */
    public static final String EXTRACTOR_VERSION = "newsflow.extractor.version";
    /**
     * CRC-64-AVRO fingerprint (16 hex digits) of the value's writer schema; for JSON values, of the Avro schema whose
     * field names the JSON uses.
     */
    public static final String SCHEMA_FINGERPRINT = "newsflow.schema.fingerprint";
    /** When the article's page was fetched, ISO-8601 UTC. */
    public static final String FETCHED_AT = "newsflow.fetched.at";
    /**
     * The publish route that wrote the record ({@code articles}, {@code mentions}, {@code stories} for the fixed ones).
     */
    public static final String ROUTE = "newsflow.route";

    private LineageHeaders() {}
}
