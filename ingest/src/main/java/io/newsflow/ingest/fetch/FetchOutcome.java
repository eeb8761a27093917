package io.newsflow.ingest.fetch;

import java.time.Duration;

/** How fetching one URL ended: with a page, or with one of the ways it can fail. */
public sealed interface FetchOutcome
        permits FetchOutcome.Fetched,
                FetchOutcome.TooLarge,
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
     * A final response that is neither a success nor a redirect.
     *
     * @param url the URL as requested
     * @param finalUrl the URL that answered
     * @param status its HTTP status
     */
    record HttpError(String url, String finalUrl, int status) implements FetchOutcome {
        @Override
        public String name() {
            return "http_error";
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
