package io.newsflow.ingest.replay;

/** What became of one archive record: the one vocabulary of replay tallies, summaries and logs. */
public enum RecordKind {
    /** A page published to the raw topic. */
    REPLAYED,
    /** A page the --from/--to/--domain/--url-pattern filters left out. */
    FILTERED,
    /** A WARC request record. */
    REQUEST,
    /** A WARC metadata record. */
    METADATA,
    /** A WARC revisit record (a capture that points at an earlier one). */
    REVISIT,
    /** A WARC warcinfo record or another record type that holds no page. */
    OTHER_RECORD,
    /** A response whose content is not HTML. */
    NOT_HTML,
    /** A response with a status other than 200. */
    NOT_OK,
    /** A record that could not be read: sent to the dead-letter topic. */
    CORRUPT,
    /** A page too large for the raw topic: sent to the dead-letter topic, as ingest does. */
    TOO_LARGE
}
