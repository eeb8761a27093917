package io.newsflow.ingest.fetch;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How fetching one URL ended: with a page, or with one of the ways it can fail. */
public sealed interface FetchOutcome
        permits FetchOutcome.Fetched,
                FetchOutcome.TooLarge,
                FetchOutcome.NotModified,
                FetchOutcome.Disallowed,
                FetchOutcome.Refused,
                FetchOutcome.Deferred,
                FetchOutcome.AlreadyFetched,
                FetchOutcome.HttpError,
                FetchOutcome.Timeout,
                FetchOutcome.Failed {

    /** The URL as requested. */
    String url();

    /** The outcome's name in reports and logs, e.g. {@code http_error}. */
    String name();

    /**
     * A 2xx response, read completely.
     *
     * @param page the page
     */
    record Fetched(Page page) implements FetchOutcome {
        @Override
        public String url() {
            return page.url();
        }

        @Override
        public String name() {
            return "fetched";
        }
    }

    /**
     * A 2xx response whose body was larger than the cap; the page holds the first bytes and is marked truncated.
     *
     * @param page the cut page
     */
    record TooLarge(Page page) implements FetchOutcome {
        @Override
        public String url() {
            return page.url();
        }

        @Override
        public String name() {
            return "too_large";
        }
    }

    /**
     * A 304 answer to a conditional GET: the page is as last fetched.
     *
     * @param url the URL as requested
     * @param finalUrl the URL that answered
     */
    record NotModified(String url, String finalUrl) implements FetchOutcome {
        @Override
        public String name() {
            return "not_modified";
        }
    }

    /**
     * robots.txt of the URL's host (or of a redirect hop's host) disallows it for our user agent.
     *
     * @param url the URL as requested
     * @param disallowedUrl the URL robots.txt disallows (a redirect target when a hop is disallowed)
     */
    record Disallowed(String url, String disallowedUrl) implements FetchOutcome {
        @Override
        public String name() {
            return "disallowed";
        }
    }

    /**
     * The SSRF guard refused the URL or a redirect hop: not http(s), or its host is not a public address.
     *
     * @param url the URL as requested
     * @param refusedUrl the URL refused
     * @param reason why
     */
    record Refused(String url, String refusedUrl, String reason) implements FetchOutcome {
        @Override
        public String name() {
            return "refused_address";
        }
    }

    /**
     * Not requested now: the host's robots.txt answered 5xx or could not be read, so the host is deferred.
     *
     * @param url the URL as requested
     * @param reason why
     */
    record Deferred(String url, String reason) implements FetchOutcome {
        @Override
        public String name() {
            return "deferred";
        }
    }

    /**
     * Not requested: a redirect led to a URL that was already fetched (in this pass, or before under any of its
     * names), so the page is not fetched a second time.
     *
     * @param url the URL as requested
     * @param knownUrl the redirect target already fetched
     */
    record AlreadyFetched(String url, String knownUrl) implements FetchOutcome {
        @Override
        public String name() {
            return "duplicate";
        }
    }

    /**
     * A final response that is neither a success, a 304 nor a redirect.
     *
     * @param url the URL as requested
     * @param finalUrl the URL that answered
     * @param status its HTTP status
     * @param retryAfter the Retry-After header as sent, null when absent
     */
    record HttpError(String url, String finalUrl, int status, @Nullable String retryAfter) implements FetchOutcome {
        @Override
        public String name() {
            return "http_error";
        }

        /** Whether trying again later may succeed: 408, 425, 429 and 5xx other than 501. */
        public boolean retryable() {
            return status == 408 || status == 425 || status == 429 || status >= 500 && status != 501;
        }
    }

    /**
     * The connection or the whole request took longer than allowed.
     *
     * @param url the URL as requested
     * @param limit the limit that was exceeded
     * @param exception what signalled it
     */
    record Timeout(String url, Duration limit, Exception exception) implements FetchOutcome {
        @Override
        public String name() {
            return "timeout";
        }
    }

    /**
     * Any other failure: connection refused, TLS, bad redirect, too many redirects, corrupt gzip, invalid URL.
     *
     * @param url the URL as requested
     * @param exception the failure
     */
    record Failed(String url, Exception exception) implements FetchOutcome {
        @Override
        public String name() {
            return "failed";
        }
    }
}
