package io.newsflow.ingest;

import io.newsflow.ingest.fetch.PoliteFetcher;
import java.util.function.BooleanSupplier;

/**
 * What every URL job of a pass shares.
 *
 * @param fetcher fetches politely
 * @param handler publishes each outcome
 * @param tally counts outcomes
 * @param maxRetries retries of a URL within a pass after 429 or 5xx (a timeout is never retried in the pass)
 * @param urls the URLs the pass listed and requested, so that none is fetched twice
 * @param breaker skips a host that keeps timing out for the rest of the pass
 * @param stopping whether the app is closing: a fetch cut short by it records nothing, so the URL is fetched again
 */
record PassContext(PoliteFetcher fetcher, OutcomeHandler handler, PassTally tally, int maxRetries, PassUrls urls,
        HostBreaker breaker, BooleanSupplier stopping) {}
