package io.newsflow.ingest;

import io.newsflow.ingest.fetch.PoliteFetcher;

/**
 * What every URL job of a pass shares.
 *
 * @param fetcher fetches politely
 * @param handler publishes each outcome
 * @param tally counts outcomes
 * @param maxRetries retries of a URL within a pass after 429, 5xx or a timeout
 */
record PassContext(PoliteFetcher fetcher, OutcomeHandler handler, PassTally tally, int maxRetries) {}
