package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.RobotsCache;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.publish.AmpLinks;
import io.newsflow.schemas.avro.FetchState;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetching one URL: once per pass under any of its names, a conditional GET when it was fetched before, retries
 * (after pausing the host) for 429 and 5xx up to a bound, a timeout counted against the host and not retried in the
 * pass, an AMP page replaced by its canonical page, then the outcome handed to the {@link OutcomeHandler}.
 */
final class UrlJob implements HostScheduler.Job {

    private static final Logger LOG = LoggerFactory.getLogger(UrlJob.class);

    private final DiscoveredUrl url;
    private final String normalised;
    private final @Nullable FetchState previous;
    private final PassContext context;
    private int attempts;

    UrlJob(DiscoveredUrl url, String normalised, @Nullable FetchState previous, PassContext context) {
        this.url = url;
        this.normalised = normalised;
        this.previous = previous;
        this.context = context;
    }

    @Override
    public String host() {
        return RobotsCache.hostKey(url.url());
    }

    @Override
    public boolean run() {
        attempts++;
        if (attempts == 1 && !context.urls().claimListed(normalised)) {
            context.tally().outcome("duplicate"); // a redirect or an AMP page of this pass led here already
            return true;
        }
        if (context.breaker().isOpen(host())) {
            context.tally().outcome("host_skipped"); // no state: a later pass tries the URL again
            return true;
        }
        FetchOutcome outcome = context.fetcher().fetch(url.url(), validators(), context.urls()::claimReached);
        if (cutShort(outcome)) {
            cancel();
            return true;
        }
        if (retryable(outcome) && attempts <= context.maxRetries()) {
            String retryAfter = ((FetchOutcome.HttpError) outcome).retryAfter();
            Duration pause = context.fetcher().gate().pause(host(), retryAfter);
            LOG.info("{} {}: attempt {} of {}, pausing {} for {}", outcome.name(), url.url(), attempts,
                    context.maxRetries() + 1, host(), pause);
            context.tally().outcome("retried");
            return false;
        }
        settleHost(outcome);
        FetchOutcome result = followAmp(outcome);
        if (cutShort(result)) {
            cancel();
            return true;
        }
        context.handler().handle(url, normalised, previous, result);
        return true;
    }

    private Validators validators() {
        return previous == null || previous.getContentHash() == null
                ? Validators.NONE
                : new Validators(previous.getEtag(), previous.getLastModified());
    }

    /** A success resets the host's back-off; a failure given up on (or a timeout) leaves the host resting. */
    private void settleHost(FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.Timeout) {
            context.fetcher().gate().pause(host(), null); // the host's next request waits its back-off
            context.breaker().failed(host());
        } else if (retryable(outcome)) {
            context.fetcher().gate().pause(host(), ((FetchOutcome.HttpError) outcome).retryAfter());
        } else if (!(outcome instanceof FetchOutcome.Deferred)) {
            context.fetcher().gate().succeeded(host());
        }
    }

    /** An AMP page gives way to its canonical page, fetched once (unless known already) and recorded for both. */
    private FetchOutcome followAmp(FetchOutcome outcome) {
        if (!(outcome instanceof FetchOutcome.Fetched fetched) || !fetched.page().mediaType().isHtml()) {
            return outcome;
        }
        String canonical = AmpLinks.of(fetched.page()).canonicalToFetch(fetched.page().finalUrl());
        if (canonical == null) {
            return outcome;
        }
        if (!context.urls().claimReached(canonical)) {
            return new FetchOutcome.AlreadyFetched(url.url(), canonical);
        }
        LOG.debug("AMP page {}: fetching its canonical page {}", url.url(), canonical);
        return context.fetcher().fetch(canonical, Validators.NONE, context.urls()::claimReached);
    }

    /**
     * A fetch that failed because the app is closing (its client closed under it) is no outcome of the URL's: it
     * records nothing, so the URL's next owner fetches it.
     */
    private boolean cutShort(FetchOutcome outcome) {
        return context.stopping().getAsBoolean()
                && (outcome instanceof FetchOutcome.Failed || outcome instanceof FetchOutcome.Timeout);
    }

    @Override
    public void cancel() {
        context.tally().outcome("cancelled"); // no state written: the next run fetches it
    }

    /** Whether the URL is tried again in this pass: 429 and 5xx only. A timeout is not (the host may be stalling). */
    static boolean retryable(FetchOutcome outcome) {
        return outcome instanceof FetchOutcome.HttpError error && error.retryable();
    }

    /** When a URL whose fetch ended in {@code outcome} may be tried again, null when never (unless it changes). */
    static @Nullable Instant retryAt(FetchOutcome outcome, Instant now, Duration retryAfter) {
        boolean transientFailure = retryable(outcome) || outcome instanceof FetchOutcome.Timeout
                || outcome instanceof FetchOutcome.Failed
                || outcome instanceof FetchOutcome.Deferred;
        return transientFailure ? now.plus(retryAfter) : null;
    }
}
