package io.newsflow.ingest.fetch;

/** A redirect ingest cannot follow: one too many, or one without a Location header. */
public final class RedirectException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final String lastUrl;
    private final int redirects;

    /**
     * @param url the URL as requested
     * @param lastUrl the URL that answered with the redirect not followed
     * @param redirects redirects followed before giving up
     * @param problem what was wrong, e.g. {@code too many redirects}
     */
    public RedirectException(String url, String lastUrl, int redirects, String problem) {
        super(problem + " fetching " + url + " (after " + redirects + " redirects, at " + lastUrl + ")");
        this.url = url;
        this.lastUrl = lastUrl;
        this.redirects = redirects;
    }

    /** The URL as requested. */
    public String url() {
        return url;
    }

    /** The URL whose redirect was not followed. */
    public String lastUrl() {
        return lastUrl;
    }

    /** Redirects followed before giving up. */
    public int redirects() {
        return redirects;
    }
}
