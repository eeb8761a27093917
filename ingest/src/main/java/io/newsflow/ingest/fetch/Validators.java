package io.newsflow.ingest.fetch;

import org.jspecify.annotations.Nullable;

/**
 * What the last fetch of a URL answered, sent back on the next one so that an unchanged page costs a 304.
 *
 * @param etag the ETag header, sent as If-None-Match
 * @param lastModified the Last-Modified header, sent as If-Modified-Since
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {

    /** No validators: an unconditional GET. */
    public static final Validators NONE = new Validators(null, null);
}
