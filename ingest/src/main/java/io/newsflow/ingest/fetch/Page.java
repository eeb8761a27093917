package io.newsflow.ingest.fetch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page as fetched. The body array is handed over, not copied (pages are up to several MiB): do not modify it.
 *
 * @param url the URL as requested
 * @param finalUrl the URL that answered after following redirects
 * @param status HTTP status of the final response
 * @param contentType Content-Type header of the final response
 * @param charset charset named by the Content-Type header, null when it names none
 * @param etag ETag header
 * @param lastModified Last-Modified header, as sent
 * @param body the page bytes, decompressed, at most the size cap
 * @param truncated whether the body was cut at the size cap
 * @param fetchedAt when the response was complete
 * @param redirects the URLs requested between {@code url} and {@code finalUrl} (redirect hops), in order
 */
public record Page(
        String url,
        String finalUrl,
        int status,
        @Nullable String contentType,
        @Nullable String charset,
        @Nullable String etag,
        @Nullable String lastModified,
        byte[] body,
        boolean truncated,
        Instant fetchedAt,
        List<String> redirects) {

    /** Freezes the redirect hops. */
    public Page {
        redirects = List.copyOf(redirects);
    }

    /** Every URL this page was requested under: the URL as requested, the redirect hops and the final URL. */
    public List<String> allUrls() {
        List<String> all = new ArrayList<>();
        all.add(url);
        all.addAll(redirects);
        all.add(finalUrl);
        return all;
    }

    /** The media type of the page, from its Content-Type header. */
    public MediaType mediaType() {
        return MediaType.parse(contentType);
    }
}
