package io.newsflow.ingest.fetch;

import java.util.Optional;

/** Decides, right before each request of a fetch (the first and every redirect hop), whether it may go out. */
@FunctionalInterface
public interface HopCheck {

    /** Lets every request go. */
    HopCheck NONE = (url, hop) -> Optional.empty();

    /**
     * Waits until {@code hop} may be requested, or says why it must not be.
     *
     * @param url the URL the fetch started with
     * @param hop the URL about to be requested
     * @return the outcome that ends the fetch instead of the request, empty to send it
     * @throws InterruptedException when interrupted while waiting for the host
     */
    Optional<FetchOutcome> beforeRequest(String url, String hop) throws InterruptedException;

    /** Called once the request to {@code hop} (let through by {@link #beforeRequest}) has ended, however it ended. */
    default void afterRequest(String hop) {}
}
