package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.Page;
import io.newsflow.ingest.fetch.RobotsCache;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.schemas.avro.FetchState;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetching one URL: a conditional GET when it was fetched before, retries (after pausing the host) for 429, 5xx
 * and timeouts up to a bound, then the outcome handed to the {@link OutcomeHandler}.
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
        Validators validators = previous == null || previous.getContentHash() == null
                ? Validators.NONE
                : new Validators(previous.getEtag(), previous.getLastModified());
        FetchOutcome outcome = context.fetcher().fetch(url.url(), validators);
        if (retryable(outcome) && attempts <= context.maxRetries()) {
            String retryAfter = outcome instanceof FetchOutcome.HttpError error ? error.retryAfter() : null;
            Duration pause = context.fetcher().gate().pause(host(), retryAfter);
            LOG.info("{} {}: attempt {} of {}, pausing {} for {}", outcome.name(), url.url(), attempts,
                    context.maxRetries() + 1, host(), pause);
            context.tally().outcome("retried");
            return false;
        }
        if (!retryable(outcome) && !(outcome instanceof FetchOutcome.Deferred)) {
            context.fetcher().gate().succeeded(host());
        } else if (retryable(outcome)) {
            String retryAfter = outcome instanceof FetchOutcome.HttpError error ? error.retryAfter() : null;
            context.fetcher().gate().pause(host(), retryAfter); // gave up on this URL; the host still rests
        }
        context.handler().handle(url, normalised, previous, outcome);
        return true;
    }

    @Override
    public void cancel() {
        context.tally().outcome("cancelled"); // no state written: the next run fetches it
    }

    static boolean retryable(FetchOutcome outcome) {
        return outcome instanceof FetchOutcome.Timeout
                || outcome instanceof FetchOutcome.HttpError error && error.retryable();
    }

    /** When a URL whose fetch ended in {@code outcome} may be tried again, null when never (unless it changes). */
    static @Nullable Instant retryAt(FetchOutcome outcome, Instant now, Duration retryAfter) {
        boolean transientFailure = retryable(outcome) || outcome instanceof FetchOutcome.Failed
                || outcome instanceof FetchOutcome.Deferred;
        return transientFailure ? now.plus(retryAfter) : null;
    }
}
