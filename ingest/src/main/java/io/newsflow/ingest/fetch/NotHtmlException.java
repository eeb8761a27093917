package io.newsflow.ingest.fetch;

import org.jspecify.annotations.Nullable;

/** A page whose Content-Type is not HTML or XHTML, so it is no article (for the dead letter's exception fields). */
public final class NotHtmlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final @Nullable String contentType;

    /**
     * @param url the URL that answered
     * @param contentType its Content-Type header, null when it sent none
     */
    public NotHtmlException(String url, @Nullable String contentType) {
        super("not HTML (Content-Type " + (contentType == null ? "missing" : "'" + contentType + "'") + ") at " + url);
        this.url = url;
        this.contentType = contentType;
    }

    /** The URL that answered. */
    public String url() {
        return url;
    }

    /** Its Content-Type header, null when it sent none. */
    public @Nullable String contentType() {
        return contentType;
    }
}
