package io.newsflow.ingest.replay;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A page as an archive holds it. The body array is handed over, not copied: do not modify it.
 *
 * @param url the captured URL (WARC-Target-URI, or the dump's url)
 * @param fetchedAt when it was captured (WARC-Date, or the dump's fetch time)
 * @param contentType the response's Content-Type, when known
 * @param etag the response's ETag
 * @param lastModified the response's Last-Modified
 * @param body the page bytes, decompressed
 * @param publishedAt the publication time the archive gives, when it gives one (JSON Lines dumps)
 */
public record ArchivedPage(
        String url,
        Instant fetchedAt,
        @Nullable String contentType,
        @Nullable String etag,
        @Nullable String lastModified,
        byte[] body,
        @Nullable Instant publishedAt) {}
