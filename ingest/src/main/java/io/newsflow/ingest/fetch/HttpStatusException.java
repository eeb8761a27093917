package io.newsflow.ingest.fetch;

/** A page that answered with a status other than success or redirect (for the dead letter's exception fields). */
public final class HttpStatusException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final int status;

    /**
     * @param url the URL that answered
     * @param status its HTTP status
     */
    public HttpStatusException(String url, int status) {
        super("HTTP " + status + " from " + url);
        this.url = url;
        this.status = status;
    }

    /** The URL that answered. */
    public String url() {
        return url;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
