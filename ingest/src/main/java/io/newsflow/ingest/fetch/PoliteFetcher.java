package io.newsflow.ingest.fetch;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages and sources the way a good citizen does: every request (redirect hops and robots.txt included)
 * passes the SSRF guard and the host's politeness gate, and every request but robots.txt itself comes after
 * robots.txt of its host and is allowed by it.
 */
public final class PoliteFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);

    private final HttpFetcher fetcher;
    private final HostGate gate;
    private final RobotsCache robots;
    private final ConditionalFetcher conditional;

    /**
     * @param fetcher sends the requests (and applies the SSRF guard)
     * @param gate spaces the requests per host
     * @param robots builds a robots cache fetching through {@code fetcher} and {@code gate}
     * @param kept the bodies of robots.txt files and sources, revalidated with conditional requests
     */
    public PoliteFetcher(HttpFetcher fetcher, HostGate gate, RobotsFactory robots, KeptBodies kept) {
        this.fetcher = fetcher;
        this.gate = gate;
        this.conditional = new ConditionalFetcher(kept);
        this.robots = robots.create(url -> conditional.fetch(url, (hop, validators) ->
                fetcher.fetch(hop, validators, gateOnly())));
    }

    /** The gate, for schedulers that plan per host. */
    public HostGate gate() {
        return gate;
    }

    /** The robots.txt rules, for sitemap discovery. */
    public RobotsCache robots() {
        return robots;
    }

    /** Fetches a page: robots.txt, the guard and politeness apply to every hop. Never throws. */
    public FetchOutcome fetch(String url, Validators validators) {
        return fetch(url, validators, hop -> true);
    }

    /**
     * Fetches a page like {@link #fetch(String, Validators)}, but stops with {@link FetchOutcome.AlreadyFetched}
     * before requesting a redirect target that {@code unseen} rejects. Never throws.
     *
     * @param unseen whether a redirect target may be requested (claims it when it may)
     */
    public FetchOutcome fetch(String url, Validators validators, Predicate<String> unseen) {
        return fetcher.fetch(url, validators, robotsCheck(true, unseen));
    }

    /**
     * Fetches a source (home page, feed, sitemap, list) like a page: robots.txt of each hop's host is fetched
     * before anything else there and honoured, unless the operator set the source's override, whose every use is
     * logged. The request is conditional when the source's last body is kept; a 304 yields that body. Never throws.
     */
    public FetchOutcome fetchSource(String url, boolean ignoreRobots) {
        try {
            return conditional.fetch(url, (start, validators) ->
                    fetcher.fetch(start, validators, robotsCheck(!ignoreRobots, hop -> true)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing; the caller reports the source as failed
            return new FetchOutcome.Failed(url, e);
        }
    }

    private HopCheck robotsCheck(boolean enforce, Predicate<String> unseen) {
        // A hop met twice within one fetch is a redirect loop, which the fetcher's redirect limit ends as a failure.
        Set<String> chain = new HashSet<>();
        return new HopCheck() {
            @Override
            public Optional<FetchOutcome> beforeRequest(String start, String hop) throws InterruptedException {
                if (!hop.equals(start) && chain.add(hop) && !unseen.test(hop)) {
                    return Optional.of(new FetchOutcome.AlreadyFetched(start, hop));
                }
                RobotsCache.Rules rules = robots.rules(hop);
                if (rules.refused()) {
                    return Optional.of(new FetchOutcome.Refused(start, hop, rules.unavailable()));
                }
                if (rules.deferred()) {
                    return Optional.of(new FetchOutcome.Deferred(start, rules.unavailable()));
                }
                if (!rules.allows(hop)) {
                    if (enforce) {
                        return Optional.of(new FetchOutcome.Disallowed(start, hop));
                    }
                    LOG.warn("robots.txt disallows source {}; fetching it anyway (ingest.sources.<n>.{}=true)", hop,
                            "ignore.robots");
                }
                String host = RobotsCache.hostKey(hop);
                gate.crawlDelay(host, rules.crawlDelay());
                gate.acquire(host);
                return Optional.empty();
            }

            @Override
            public void afterRequest(String hop) {
                gate.release(RobotsCache.hostKey(hop));
            }
        };
    }

    private HopCheck gateOnly() {
        return new HopCheck() {
            @Override
            public Optional<FetchOutcome> beforeRequest(String start, String hop) throws InterruptedException {
                gate.acquire(RobotsCache.hostKey(hop));
                return Optional.empty();
            }

            @Override
            public void afterRequest(String hop) {
                gate.release(RobotsCache.hostKey(hop));
            }
        };
    }

    /** Builds the robots cache around the fetch function this class provides. */
    @FunctionalInterface
    public interface RobotsFactory {
        /** A robots cache fetching robots.txt with {@code fetch}. */
        RobotsCache create(RobotsCache.Fetch fetch);
    }
}
