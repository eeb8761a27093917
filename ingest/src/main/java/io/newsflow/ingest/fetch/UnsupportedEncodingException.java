package io.newsflow.ingest.fetch;

import java.io.IOException;

/** A response body in a Content-Encoding ingest does not decode (it only asks for gzip). */
public final class UnsupportedEncodingException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String encoding;

    /** @param encoding the Content-Encoding header value */
    public UnsupportedEncodingException(String encoding) {
        super("unsupported Content-Encoding '" + encoding + "'");
        this.encoding = encoding;
    }

    /** The Content-Encoding header value. */
    public String encoding() {
        return encoding;
    }
}
