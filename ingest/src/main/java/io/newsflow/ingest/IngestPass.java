package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.discover.Discoverer;
import io.newsflow.ingest.discover.SourceException;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.HttpStatusException;
import io.newsflow.ingest.fetch.NotHtmlException;
import io.newsflow.ingest.fetch.Page;
import io.newsflow.ingest.publish.CanonicalUrlExtractor;
import io.newsflow.ingest.publish.FailureReason;
import io.newsflow.ingest.publish.IngestFailure;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.publish.RecordFactory;
import io.newsflow.schemas.ArticleId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over all sources: discover, fetch what is new, publish pages and dead letters, wait for the acks.
 *
 * <p>Sources are read and pages fetched on the fetch pool; the calling thread only schedules and waits.
 */
final class IngestPass {

    private static final Logger LOG = LoggerFactory.getLogger(IngestPass.class);

    private final List<SourceSpec> sources;
    private final Discoverer discoverer;
    private final HttpFetcher fetcher;
    private final IngestPublisher publisher;
    private final SeenUrls seen;
    private final ExecutorService pool;
    private final Clock clock;
    private final BooleanSupplier stopping;

    IngestPass(
            List<SourceSpec> sources,
            Discoverer discoverer,
            HttpFetcher fetcher,
            IngestPublisher publisher,
            SeenUrls seen,
            ExecutorService pool,
            Clock clock,
            BooleanSupplier stopping) {
        this.sources = List.copyOf(sources);
        this.discoverer = discoverer;
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.seen = seen;
        this.pool = pool;
        this.clock = clock;
        this.stopping = stopping;
    }

    /**
     * Runs the pass.
     *
     * @throws io.newsflow.ingest.publish.PublishException when a record was not acknowledged
     */
    IngestReport run() {
        PassTally tally = new PassTally();
        List<DiscoveredUrl> discovered = discoverAll(tally);
        List<CompletableFuture<Void>> fetches = new ArrayList<>();
        for (DiscoveredUrl url : discovered) {
            Optional<String> normalised = normalise(url, tally);
            if (normalised.isPresent() && !seen.add(normalised.get())) {
                tally.outcome("duplicate");
                LOG.debug("duplicate {}", url.url());
            } else if (normalised.isPresent()) {
                fetches.add(CompletableFuture.runAsync(() -> process(url, normalised.get(), tally), pool));
            }
        }
        await(fetches);
        publisher.flush();
        IngestReport report = tally.report(discovered.size());
        LOG.info("ingest pass: {} sources, {} URLs discovered, {} published, {} dead-lettered, outcomes {}",
                sources.size(), report.discovered(), report.published(), report.deadLettered(), report.outcomes());
        return report;
    }

    private List<DiscoveredUrl> discoverAll(PassTally tally) {
        List<CompletableFuture<List<DiscoveredUrl>>> reads = sources.stream()
                .map(source -> CompletableFuture.supplyAsync(() -> discover(source, tally), pool))
                .toList();
        await(reads);
        return reads.stream().flatMap(read -> read.join().stream()).toList();
    }

    private List<DiscoveredUrl> discover(SourceSpec source, PassTally tally) {
        try {
            List<DiscoveredUrl> urls = discoverer.discover(source);
            LOG.debug("{} {} lists {} URLs", source.type().key(), source.location(), urls.size());
            return urls;
        } catch (SourceException e) {
            LOG.warn("source {} failed: {}", source.location(), e.getMessage());
            tally.outcome("source_failed");
            deadLetter(new IngestFailure(FailureReason.SOURCE_FAILED, source.location(), null, e.problem(), e,
                    null, clock.instant()), tally);
            return List.of();
        }
    }

    private Optional<String> normalise(DiscoveredUrl url, PassTally tally) {
        try {
            return Optional.of(ArticleId.normalise(url.url()));
        } catch (IllegalArgumentException e) {
            if (!seen.add(url.url().strip())) {
                tally.outcome("duplicate"); // dead-lettered in an earlier pass or earlier in this one
                return Optional.empty();
            }
            LOG.warn("invalid URL '{}' from {}", url.url(), url.discovery().getSourceUrl());
            tally.outcome("invalid_url");
            String detail = "listed by " + url.discovery().getSourceUrl() + ": " + e.getMessage();
            deadLetter(new IngestFailure(FailureReason.INVALID_URL, url.url(), null, detail, e, null,
                    clock.instant()), tally);
            return Optional.empty();
        }
    }

    private void process(DiscoveredUrl url, String normalised, PassTally tally) {
        if (stopping.getAsBoolean()) {
            seen.forget(normalised); // not fetched: a later run must not think it was
            tally.outcome("cancelled");
            return;
        }
        FetchOutcome outcome = fetcher.fetch(url.url());
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            accept(url, fetched.page(), outcome.name(), tally);
        } else if (outcome instanceof FetchOutcome.TooLarge tooLarge) {
            accept(url, tooLarge.page(), outcome.name(), tally);
        } else {
            IngestFailure failure = failure(url, outcome);
            LOG.warn("{} {}: {}", outcome.name(), url.url(), failure.detail());
            tally.outcome(outcome.name());
            deadLetter(failure, tally);
        }
    }

    private void accept(DiscoveredUrl url, Page page, String outcome, PassTally tally) {
        if (!page.mediaType().isHtml()) {
            NotHtmlException notHtml = new NotHtmlException(page.finalUrl(), page.contentType());
            LOG.warn("not_html {}: {}", url.url(), notHtml.getMessage());
            tally.outcome("not_html");
            deadLetter(new IngestFailure(FailureReason.NOT_HTML, url.url(), ArticleId.of(url.url()),
                    notHtml.getMessage(), notHtml, page.body(), page.fetchedAt()), tally);
            return;
        }
        String canonical = CanonicalUrlExtractor.find(page).orElse(null);
        String id = ArticleId.of(canonical != null ? canonical : page.finalUrl());
        seen.add(ArticleId.normalise(page.finalUrl()));
        publisher.publish(RecordFactory.rawArticle(id, url, page, canonical));
        tally.published();
        tally.outcome(outcome);
        LOG.debug("{} {} -> {} as {} ({} bytes{})", outcome, url.url(), page.finalUrl(), id, page.body().length,
                page.truncated() ? ", truncated" : "");
    }

    private IngestFailure failure(DiscoveredUrl url, FetchOutcome outcome) {
        String id = ArticleId.of(url.url());
        if (outcome instanceof FetchOutcome.HttpError error) {
            HttpStatusException status = new HttpStatusException(error.finalUrl(), error.status());
            return new IngestFailure(FailureReason.HTTP_ERROR, url.url(), id, status.getMessage(), status, null,
                    clock.instant());
        }
        if (outcome instanceof FetchOutcome.Timeout timeout) {
            String detail = "no complete response within " + timeout.limit();
            return new IngestFailure(FailureReason.TIMEOUT, url.url(), id, detail, timeout.exception(), null,
                    clock.instant());
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            return new IngestFailure(FailureReason.FETCH_FAILED, url.url(), id, describe(failed.exception()),
                    failed.exception(), null, clock.instant());
        }
        throw new IllegalStateException("not a failure: " + outcome);
    }

    private void deadLetter(IngestFailure failure, PassTally tally) {
        publisher.deadLetter(failure);
        tally.deadLettered();
    }

    private static String describe(Exception exception) {
        @Nullable String message = exception.getMessage();
        return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void await(List<? extends CompletableFuture<?>> tasks) {
        try {
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("ingest task failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest pass interrupted", e);
        }
    }
}
