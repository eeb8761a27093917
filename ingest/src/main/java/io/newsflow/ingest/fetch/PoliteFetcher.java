package io.newsflow.ingest.fetch;

import java.util.Optional;

/**
 * Fetches pages the way a good citizen does: every request (redirect hops and robots.txt included) passes the SSRF
 * guard, robots.txt of its host, and the host's politeness gate.
 */
public final class PoliteFetcher {

    private final HttpFetcher fetcher;
    private final HostGate gate;
    private final RobotsCache robots;

    /**
     * @param fetcher sends the requests (and applies the SSRF guard)
     * @param gate spaces the requests per host
     * @param robots builds a robots cache fetching through {@code fetcher} and {@code gate}
     */
    public PoliteFetcher(HttpFetcher fetcher, HostGate gate, RobotsFactory robots) {
        this.fetcher = fetcher;
        this.gate = gate;
        this.robots = robots.create(url -> fetcher.fetch(url, Validators.NONE, gateOnly()));
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
        return fetcher.fetch(url, validators, new HopCheck() {
            @Override
            public Optional<FetchOutcome> beforeRequest(String start, String hop) throws InterruptedException {
                RobotsCache.Rules rules = robots.rules(hop);
                if (rules.refused()) {
                    return Optional.of(new FetchOutcome.Refused(start, hop, rules.unavailable()));
                }
                if (rules.deferred()) {
                    return Optional.of(new FetchOutcome.Deferred(start, rules.unavailable()));
                }
                if (!rules.allows(hop)) {
                    return Optional.of(new FetchOutcome.Disallowed(start, hop));
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
        });
    }

    /** Fetches a source (feed, sitemap, list) politely but without the robots check: the operator chose it. */
    public FetchOutcome fetchSource(String url) {
        return fetcher.fetch(url, Validators.NONE, gateOnly());
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
