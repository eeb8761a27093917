package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.HttpStatusException;
import io.newsflow.ingest.fetch.NotHtmlException;
import io.newsflow.ingest.fetch.Page;
import io.newsflow.ingest.publish.AmpLinks;
import io.newsflow.ingest.publish.FailureReason;
import io.newsflow.ingest.publish.IngestFailure;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.publish.RecordFactory;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.avro.FetchState;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each URL's final outcome into records: the RawArticle of a new or changed page, a tombstone for a published
 * page that now answers 404 or 410 (outcome {@value #GONE}), a DeadLetter for what an operator must see, and always
 * (except for a deferred host) the URL's new {@link FetchState}. The state of a published or removed page is sent
 * only once the page or tombstone is acknowledged, so a crash can cost a re-fetch but never a page or a removal.
 */
final class OutcomeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeHandler.class);
    /** The outcome of a published page that now answers 404 or 410. */
    static final String GONE = "gone";

    private final IngestPublisher publisher;
    private final FetchStates states;
    private final PassTally tally;
    private final Clock clock;
    private final Duration retryAfter;
    private final PassUrls urls;

    OutcomeHandler(IngestPublisher publisher, FetchStates states, PassTally tally, Clock clock, Duration retryAfter,
            PassUrls urls) {
        this.urls = urls;
        this.publisher = publisher;
        this.states = states;
        this.tally = tally;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    void handle(DiscoveredUrl url, String normalised, @Nullable FetchState previous, FetchOutcome outcome) {
        String removedId = removedArticle(outcome, previous);
        String name = removedId != null ? GONE : outcome.name();
        if (!(outcome instanceof FetchOutcome.Fetched)) {
            tally.outcome(name); // a page is counted once its fate is known: published, unchanged, not_html
        }
        FetchState.Builder state = newState(url, normalised, name, outcome);
        if (removedId != null) {
            gone(url, removedId, ((FetchOutcome.HttpError) outcome).status(), state);
        } else if (outcome instanceof FetchOutcome.Fetched fetched) {
            page(url, previous, fetched.page(), state);
        } else if (outcome instanceof FetchOutcome.TooLarge tooLarge) {
            tooLarge(url, tooLarge.page(), state);
        } else if (outcome instanceof FetchOutcome.AlreadyFetched known) {
            LOG.debug("duplicate {}: leads to {}, fetched already", url.url(), known.knownUrl());
            record(state.build());
        } else if (outcome instanceof FetchOutcome.NotModified) {
            LOG.debug("not_modified {}", url.url());
            keep(previous, state.setHttpStatus(304));
            record(state.build());
        } else if (outcome instanceof FetchOutcome.Disallowed disallowed) {
            LOG.info("disallowed by robots.txt: {} ({})", url.url(), disallowed.disallowedUrl());
            record(state.build());
        } else if (outcome instanceof FetchOutcome.Deferred deferred) {
            LOG.info("deferred {}: {}", url.url(), deferred.reason()); // no state: the next pass tries again
        } else {
            failure(url, outcome, state);
        }
    }

    private FetchState.Builder newState(DiscoveredUrl url, String normalised, String name, FetchOutcome outcome) {
        Instant now = clock.instant();
        return FetchState.newBuilder()
                .setUrl(normalised)
                .setOutcome(name)
                .setFetchedAt(now)
                .setHintAt(url.discovery().getEntryPublishedAt())
                .setRetryAt(UrlJob.retryAt(outcome, now, retryAfter));
    }

    private void page(DiscoveredUrl url, @Nullable FetchState previous, Page page, FetchState.Builder state) {
        state.setHttpStatus(page.status()).setEtag(page.etag()).setLastModified(page.lastModified());
        if (!page.mediaType().isHtml()) {
            NotHtmlException notHtml = new NotHtmlException(page.finalUrl(), page.contentType());
            LOG.warn("not_html {}: {}", url.url(), notHtml.getMessage());
            tally.outcome("not_html");
            deadLetter(new IngestFailure(FailureReason.NOT_HTML, url.url(), ArticleId.of(url.url()),
                    notHtml.getMessage(), notHtml, page.body(), page.fetchedAt()));
            record(state.setOutcome("not_html").build());
            return;
        }
        String hash = sha256(page.body());
        if (previous != null && hash.equals(previous.getContentHash())) {
            LOG.debug("unchanged {}", url.url());
            tally.outcome("unchanged");
            record(state.setOutcome("unchanged").setContentHash(hash).setArticleId(previous.getArticleId()).build());
            return;
        }
        AmpLinks links = AmpLinks.of(page);
        String canonical = links.canonical();
        String id = ArticleId.of(canonical != null ? canonical : page.finalUrl());
        FetchState done = state.setContentHash(hash).setArticleId(id).build();
        tally.outcome(done.getOutcome());
        Future<RecordMetadata> sent = publisher.publish(RecordFactory.rawArticle(id, url, page, canonical));
        tally.published();
        if (acknowledged(sent, url)) {
            record(done);
            aliases(normalised(url), page, links, id);
        }
        LOG.debug("{} {} -> {} as {} ({} bytes{})", done.getOutcome(), url.url(), page.finalUrl(), id,
                page.body().length, page.truncated() ? ", truncated" : "");
    }

    /**
     * The article a 404 or 410 removes: the one last published for this URL, null when none was (then the answer is
     * an ordinary http_error). Statuses that may mean "not yet" or "not now" (403, 451, 5xx) remove nothing.
     */
    static @Nullable String removedArticle(FetchOutcome outcome, @Nullable FetchState previous) {
        boolean goneStatus = outcome instanceof FetchOutcome.HttpError error
                && (error.status() == 404 || error.status() == 410);
        return goneStatus && previous != null ? previous.getArticleId() : null;
    }

    /**
     * Writes the article's tombstone, then the gone state, which keeps the article id but no validators or hash, so
     * a page that comes back (listed with a newer date) is fetched plainly and published again.
     */
    private void gone(DiscoveredUrl url, String articleId, int status, FetchState.Builder state) {
        FetchState done = state.setHttpStatus(status).setArticleId(articleId).build();
        Future<RecordMetadata> sent = publisher.remove(articleId, done.getFetchedAt());
        if (acknowledged(sent, url)) {
            record(done);
        }
        LOG.info("gone {}: answered {}, article {} removed", url.url(), status, articleId);
    }

    /** A body over the size cap (or a compression bomb) is dead-lettered with its first bytes, never published. */
    private void tooLarge(DiscoveredUrl url, Page page, FetchState.Builder state) {
        String detail = "body over the size cap or decompressing absurdly (" + page.body().length + " bytes kept)";
        LOG.warn("too_large {}: {}", url.url(), detail);
        deadLetter(new IngestFailure(FailureReason.TOO_LARGE, url.url(), ArticleId.of(url.url()), detail,
                new IllegalStateException(detail), page.body(), page.fetchedAt()));
        record(state.setHttpStatus(page.status()).build());
    }

    /**
     * Records every other name of a published page (redirect hops, the final URL, its AMP alternate) in the
     * seen-set under the same article, so that a source listing any of them does not cause a second fetch.
     */
    private void aliases(String normalised, Page page, AmpLinks links, String articleId) {
        List<String> names = new ArrayList<>(page.allUrls());
        String alternate = links.ampAlternate();
        if (alternate != null) {
            urls.claimReached(alternate); // never fetched in this pass either
            names.add(alternate);
        }
        Instant now = clock.instant();
        names.stream().map(PassUrls::normalise).filter(name -> !name.equals(normalised)).distinct()
                .forEach(name -> record(FetchState.newBuilder().setUrl(name).setOutcome("alias")
                        .setArticleId(articleId).setFetchedAt(now).build()));
    }

    private static String normalised(DiscoveredUrl url) {
        return PassUrls.normalise(url.url());
    }

    private void failure(DiscoveredUrl url, FetchOutcome outcome, FetchState.Builder state) {
        String id = ArticleId.of(url.url());
        Instant now = clock.instant();
        IngestFailure failure;
        if (outcome instanceof FetchOutcome.HttpError error) {
            HttpStatusException status = new HttpStatusException(error.finalUrl(), error.status());
            state.setHttpStatus(error.status());
            failure =
                    new IngestFailure(FailureReason.HTTP_ERROR, url.url(), id, status.getMessage(), status, null, now);
        } else if (outcome instanceof FetchOutcome.Timeout timeout) {
            failure = new IngestFailure(FailureReason.TIMEOUT, url.url(), id,
                    "no complete response within " + timeout.limit(), timeout.exception(), null, now);
        } else if (outcome instanceof FetchOutcome.Refused refused) {
            failure = new IngestFailure(FailureReason.REFUSED_ADDRESS, url.url(), id,
                    refused.refusedUrl() + ": " + refused.reason(), new SecurityException(refused.reason()), null, now);
        } else if (outcome instanceof FetchOutcome.Failed failed) {
            failure = new IngestFailure(FailureReason.FETCH_FAILED, url.url(), id, describe(failed.exception()),
                    failed.exception(), null, now);
        } else {
            throw new IllegalStateException("not a failure: " + outcome);
        }
        LOG.warn("{} {}: {}", outcome.name(), url.url(), failure.detail());
        deadLetter(failure);
        record(state.build());
    }

    /** Waits for the page's ack so its state is never recorded for a page the broker does not have. */
    private static boolean acknowledged(Future<RecordMetadata> sent, DiscoveredUrl url) {
        try {
            sent.get();
            return true;
        } catch (ExecutionException e) {
            // The publisher keeps the failure and the pass fails at its flush; without a state the URL is fetched
            // again.
            LOG.warn("page {} not acknowledged: {}", url.url(), e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: no state, so the next run fetches the page again
            return false;
        }
    }

    private static void keep(@Nullable FetchState previous, FetchState.Builder state) {
        if (previous != null) {
            state.setArticleId(previous.getArticleId())
                    .setEtag(previous.getEtag())
                    .setLastModified(previous.getLastModified())
                    .setContentHash(previous.getContentHash());
        }
    }

    private void record(FetchState state) {
        states.put(state);
        publisher.recordState(state);
    }

    void deadLetter(IngestFailure failure) {
        publisher.deadLetter(failure);
        tally.deadLettered();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String describe(Exception exception) {
        @Nullable String message = exception.getMessage();
        return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
