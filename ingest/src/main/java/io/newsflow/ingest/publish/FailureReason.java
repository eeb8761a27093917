package io.newsflow.ingest.publish;

/** Why ingest gave up on a URL or a source; the name is the DeadLetter's {@code reason}. */
public enum FailureReason {
    /** A feed or list could not be fetched, read or parsed. */
    SOURCE_FAILED,
    /** A source listed something that is not an absolute http(s) URL. */
    INVALID_URL,
    /** The page answered with a status other than 2xx (after redirects). */
    HTTP_ERROR,
    /** The connection or the whole fetch exceeded its time limit. */
    TIMEOUT,
    /** Any other fetch failure: connection refused, too many redirects, corrupt gzip. */
    FETCH_FAILED,
    /** The SSRF guard refused the URL or a redirect hop: not http(s), or a non-public address not allow-listed. */
    REFUSED_ADDRESS,
    /** The page is not HTML or XHTML. */
    NOT_HTML,
    /** The body exceeded the size cap once decompressed, or decompressed at an absurd ratio (a bomb). */
    TOO_LARGE
}
