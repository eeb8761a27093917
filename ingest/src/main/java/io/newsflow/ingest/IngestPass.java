package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.discover.Discoverer;
import io.newsflow.ingest.discover.SourceException;
import io.newsflow.ingest.fetch.PoliteFetcher;
import io.newsflow.ingest.publish.FailureReason;
import io.newsflow.ingest.publish.IngestFailure;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.avro.FetchState;
import io.newsflow.ingest.fetch.RobotsCache;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * One pass: catch up on the seen-set, read the due sources of the hosts this instance owns and put what they list on
 * the frontier, then fetch what the frontier holds for the owned hosts and is new or changed (per host, politely),
 * publish pages, dead letters and fetch states, and wait for the acks.
 */
final class IngestPass {

    private static final Logger LOG = LoggerFactory.getLogger(IngestPass.class);
    /**
     * Longest wait for the first share of the hosts. Longer than the consumer's default session timeout (45 s), since
     * a re-balance waits that long for a member that died without leaving the group.
     */
    static final Duration JOIN_WAIT = Duration.ofMinutes(2);

    private final IngestConfig config;
    private final Discoverer discoverer;
    private final PoliteFetcher fetcher;
    private final IngestPublisher publisher;
    private final FetchStates states;
    private final HostScheduler scheduler;
    private final ExecutorService pool;
    private final PassTally tally;
    private final Clock clock;
    private final SourceSchedule schedule;
    private final Frontier frontier;
    private final BooleanSupplier stopping;
    /** Invalid URLs dead-lettered by this process, so a source that keeps listing one does not flood the DLQ. */
    private final Set<String> reportedInvalid = ConcurrentHashMap.newKeySet();

    IngestPass(IngestConfig config, Discoverer discoverer, PoliteFetcher fetcher, IngestPublisher publisher,
            FetchStates states, HostScheduler scheduler, ExecutorService pool, PassTally tally, Clock clock,
            SourceSchedule schedule, Frontier frontier, BooleanSupplier stopping) {
        this.config = config;
        this.discoverer = discoverer;
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.states = states;
        this.scheduler = scheduler;
        this.pool = pool;
        this.tally = tally;
        this.clock = clock;
        this.schedule = schedule;
        this.frontier = frontier;
        this.stopping = stopping;
    }

    /**
     * Runs the pass.
     *
     * @throws io.newsflow.ingest.publish.PublishException when a record was not acknowledged
     */
    IngestReport run(Predicate<SourceSpec> due) {
        states.catchUp();
        tally.begin();
        frontier.join(JOIN_WAIT);
        PassUrls urls = new PassUrls(states);
        OutcomeHandler handler = new OutcomeHandler(publisher, states, tally, clock, config.retryAfter(), urls);
        PassContext context = new PassContext(fetcher, handler, tally, config.maxRetries(), urls,
                new HostBreaker(config.hostMaxFailures()), stopping);
        // a source is read by the owner of its host, so that its requests keep to the host's spacing too
        List<SourceSpec> sources = config.sources().stream().filter(due)
                .filter(source -> frontier.owns(sourceKey(source))).toList();
        List<DiscoveredUrl> discovered = discoverAll(sources, handler, tally);
        discovered.forEach(url -> offer(url, handler, tally));
        publisher.flush(); // on the frontier before this or another instance takes them
        int fetched = drain(context);
        IngestReport report = tally.report(discovered.size());
        LOG.atLevel(sources.isEmpty() && fetched == 0 ? Level.DEBUG : Level.INFO).log(
                "ingest pass: {} sources, {} URLs discovered, {} fetched, {} published, {} dead-lettered, outcomes {}",
                sources.size(), report.discovered(), fetched, report.published(), report.deadLettered(),
                report.outcomes());
        return report;
    }

    /**
     * Fetches the frontier's URLs of the hosts this instance owns, batch by batch; a batch is marked done once its
     * outcomes are acknowledged, and not when the app is closing (its URLs are then taken again by the next owner).
     */
    private int drain(PassContext context) {
        int fetched = 0;
        for (List<DiscoveredUrl> batch = frontier.take(); !batch.isEmpty(); batch = frontier.take()) {
            List<HostScheduler.Job> jobs = plan(batch, context);
            await(List.of(scheduler.runAll(jobs)));
            publisher.flush();
            fetched += jobs.size();
            if (stopping.getAsBoolean()) {
                break;
            }
            frontier.done();
        }
        return fetched;
    }

    private List<HostScheduler.Job> plan(List<DiscoveredUrl> batch, PassContext context) {
        List<HostScheduler.Job> jobs = new ArrayList<>();
        Instant now = clock.instant();
        for (DiscoveredUrl url : batch) {
            String normalised = PassUrls.normalise(url.url());
            if (!context.urls().list(normalised)) {
                tally.outcome("duplicate");
                continue;
            }
            FetchState previous = states.get(normalised).orElse(null);
            if (previous != null && !due(previous, url, now)) {
                tally.outcome("seen");
                LOG.debug("seen {} ({} at {})", url.url(), previous.getOutcome(), previous.getFetchedAt());
                continue;
            }
            jobs.add(new UrlJob(url, normalised, previous, context));
        }
        return jobs;
    }

    /** Puts a valid URL on the frontier under its host; an invalid one is dead-lettered (once per process). */
    private void offer(DiscoveredUrl url, OutcomeHandler handler, PassTally tally) {
        normalise(url, handler, tally).ifPresent(normalised -> frontier.offer(url, RobotsCache.hostKey(normalised)));
    }

    /** The frontier key a source belongs to: its host, or a file source's path. */
    static String sourceKey(SourceSpec source) {
        if (!source.isUrl()) {
            return source.location();
        }
        try {
            return URI.create(source.location()).getHost() == null ? source.location()
                    : RobotsCache.hostKey(source.location());
        } catch (IllegalArgumentException e) {
            return source.location(); // not a valid URI: reading it fails and reports that; any one owner will do
        }
    }

    /** Whether a URL fetched before should be tried again: a transient failure whose time came, or a newer hint. */
    static boolean due(FetchState previous, DiscoveredUrl url, Instant now) {
        if (previous.getRetryAt() != null) {
            return !now.isBefore(previous.getRetryAt());
        }
        Instant hint = url.discovery().getEntryPublishedAt();
        Instant known = previous.getHintAt();
        return hint != null && known != null && hint.isAfter(known);
    }

    private List<DiscoveredUrl> discoverAll(List<SourceSpec> sources, OutcomeHandler handler, PassTally tally) {
        List<CompletableFuture<List<DiscoveredUrl>>> reads = sources.stream()
                .map(source -> CompletableFuture.supplyAsync(() -> discover(source, handler, tally), pool))
                .toList();
        await(reads);
        return reads.stream().flatMap(read -> read.join().stream()).toList();
    }

    private List<DiscoveredUrl> discover(SourceSpec source, OutcomeHandler handler, PassTally tally) {
        schedule.polled(source); // a failed source is retried on its schedule too, not in a tight loop
        try {
            List<DiscoveredUrl> urls = discoverer.discover(source);
            LOG.debug("{} {} lists {} URLs", source.type().key(), source.location(), urls.size());
            return urls;
        } catch (SourceException e) {
            LOG.warn("source {} failed: {}", source.location(), e.getMessage());
            tally.outcome("source_failed");
            handler.deadLetter(new IngestFailure(FailureReason.SOURCE_FAILED, source.location(), null, e.problem(), e,
                    null, clock.instant()));
            return List.of();
        }
    }

    private Optional<String> normalise(DiscoveredUrl url, OutcomeHandler handler, PassTally tally) {
        try {
            return Optional.of(ArticleId.normalise(url.url()));
        } catch (IllegalArgumentException e) {
            if (!reportedInvalid.add(url.url().strip())) {
                tally.outcome("duplicate"); // dead-lettered in an earlier pass already
                return Optional.empty();
            }
            LOG.warn("invalid URL '{}' from {}", url.url(), url.discovery().getSourceUrl());
            tally.outcome("invalid_url");
            String detail = "listed by " + url.discovery().getSourceUrl() + ": " + e.getMessage();
            handler.deadLetter(new IngestFailure(FailureReason.INVALID_URL, url.url(), null, detail, e, null,
                    clock.instant()));
            return Optional.empty();
        }
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
