package io.newsflow.ingest.publish;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A URL or source ingest gave up on, to be published as a DeadLetter.
 *
 * @param reason why
 * @param url the URL (or the source's URL or path)
 * @param articleId the article id of {@code url}, null when it is not a valid http(s) URL or names a source
 * @param detail a human-readable explanation, including the HTTP status where there is one
 * @param exception the failure, for the exception fields and headers
 * @param body the page bytes, when there are any (NOT_HTML)
 * @param failedAt when it failed
 */
public record IngestFailure(
        FailureReason reason,
        String url,
        @Nullable String articleId,
        String detail,
        Exception exception,
        byte @Nullable [] body,
        Instant failedAt) {

    /** The record key: the article id, else the URL. */
    public String key() {
        return articleId != null ? articleId : url;
    }
}
