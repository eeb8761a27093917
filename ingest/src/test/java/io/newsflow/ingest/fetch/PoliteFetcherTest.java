package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.fixtures.MemoryKeptBodies;
import io.newsflow.ingest.fixtures.TestFetchers;
import io.newsflow.ingest.fixtures.TestServer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sources are fetched like pages: robots.txt first and honoured, and revalidated with conditional requests. */
class PoliteFetcherTest {

    private TestServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() {
        server = new TestServer();
        CloseableHttpClient client = HttpFetcher.newClient(java.time.Duration.ofSeconds(2), 4);
        fetcher = new HttpFetcher(client, "newsflow-test/1.0", Duration.ofSeconds(2), 64 * 1024, 100, 3,
                Clock.systemUTC(), TestFetchers.LOOPBACK_ONLY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void robotsTxtIsTheFirstRequestBeforeASource() {
        FetchOutcome outcome = TestFetchers.polite(fetcher, Clock.systemUTC()).fetchSource(server.url("/feed.rss"), false);

        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(server.requests()).containsExactly("/robots.txt", "/feed.rss");
    }

    @Test
    void aSourceRobotsDisallowsIsNotFetchedUnlessTheOperatorOverrides() {
        PoliteFetcher polite = TestFetchers.polite(fetcher, Clock.systemUTC());

        FetchOutcome refused = polite.fetchSource(server.url("/blocked/feed.rss"), false);
        assertThat(refused).isInstanceOf(FetchOutcome.Disallowed.class);
        assertThat(server.hits("/blocked/feed.rss")).isZero();

        FetchOutcome overridden = polite.fetchSource(server.url("/blocked/feed.rss"), true);
        assertThat(overridden).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(server.requests()).containsExactly("/robots.txt", "/blocked/feed.rss");
    }

    @Test
    void aLaterRunRevalidatesRobotsAndSourcesAndA304GivesTheKeptBody() {
        MemoryKeptBodies kept = new MemoryKeptBodies();
        FetchOutcome first = TestFetchers.polite(fetcher, Clock.systemUTC(), kept).fetchSource(server.url("/feed.rss"), false);

        // a new fetcher is a new run: its robots cache is empty, the kept bodies are not
        FetchOutcome second = TestFetchers.polite(fetcher, Clock.systemUTC(), kept).fetchSource(server.url("/feed.rss"), false);

        assertThat(server.requests()).containsExactly("/robots.txt", "/feed.rss", "/robots.txt", "/feed.rss");
        assertThat(server.requestHeaders("/robots.txt").getFirst("If-None-Match")).isNotNull();
        assertThat(server.requestHeaders("/feed.rss").getFirst("If-None-Match")).isNotNull();
        assertThat(kept.notModifiedUrls()).containsExactly(server.url("/robots.txt"), server.url("/feed.rss"));
        assertThat(((FetchOutcome.Fetched) second).page().body()).isEqualTo(((FetchOutcome.Fetched) first).page().body());
    }
}
