package io.newsflow.ingest.fetch;

import java.util.Optional;

/**
 * Revalidates robots.txt and sources: sends the validators of the kept body (If-None-Match, If-Modified-Since) and
 * answers a 304 with the kept page, so callers always get a page to read.
 */
public final class ConditionalFetcher {

    private final KeptBodies kept;

    /** @param kept where bodies and their validators are kept between fetches (and runs) */
    public ConditionalFetcher(KeptBodies kept) {
        this.kept = kept;
    }

    /**
     * Fetches {@code url} with {@code fetch}, conditionally when a body with validators is kept; a 304 becomes a
     * {@link FetchOutcome.Fetched} of the kept page, and a fresh 2xx page with validators is kept.
     *
     * @throws InterruptedException when {@code fetch} is interrupted
     */
    public FetchOutcome fetch(String url, Fetch fetch) throws InterruptedException {
        Optional<Page> known = kept.get(url).filter(page -> page.etag() != null || page.lastModified() != null);
        Validators validators = known.map(page -> new Validators(page.etag(), page.lastModified()))
                .orElse(Validators.NONE);
        FetchOutcome outcome = fetch.fetch(url, validators);
        if (outcome instanceof FetchOutcome.NotModified && known.isPresent()) {
            kept.notModified(url);
            return new FetchOutcome.Fetched(known.get());
        }
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            kept.keep(fetched.page());
        }
        return outcome;
    }

    /** One conditional request. */
    @FunctionalInterface
    public interface Fetch {
        /** Fetches {@code url} sending {@code validators}; failures are outcomes. */
        FetchOutcome fetch(String url, Validators validators) throws InterruptedException;
    }
}
