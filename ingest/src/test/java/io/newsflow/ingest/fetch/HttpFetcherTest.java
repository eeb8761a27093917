package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.fixtures.TestServer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    private static final long CAP = 64 * 1024;
    private static final Instant NOW = Instant.parse("2025-06-12T10:15:30.123Z");
    private static final String USER_AGENT = "newsflow-test/1.0";

    private static TestServer server;
    private static HttpFetcher fetcher;

    @BeforeAll
    static void startServer() {
        server = new TestServer();
        CloseableHttpClient client = HttpFetcher.newClient(java.time.Duration.ofSeconds(2), 4);
        fetcher = new HttpFetcher(client, USER_AGENT, Duration.ofMillis(500), CAP, 100, 3, Clock.fixed(NOW, ZoneOffset.UTC),
                io.newsflow.ingest.fixtures.TestFetchers.LOOPBACK_ONLY);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void fetchesPageWithItsHeadersAndSendsUserAgent() {
        FetchOutcome outcome = fetcher.fetch(server.url("/articles/one"));

        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        Page page = ((FetchOutcome.Fetched) outcome).page();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.finalUrl()).isEqualTo(server.url("/articles/one"));
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.charset()).isEqualTo("utf-8");
        assertThat(page.etag()).startsWith("\"etag-");
        assertThat(page.lastModified()).isEqualTo("Wed, 01 Jan 2025 10:00:00 GMT");
        assertThat(page.fetchedAt()).isEqualTo(NOW);
        assertThat(page.truncated()).isFalse();
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<h1>/articles/one</h1>");
        assertThat(server.requestHeaders("/articles/one").getFirst("User-Agent")).isEqualTo(USER_AGENT);
        assertThat(server.requestHeaders("/articles/one").getFirst("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void followsRedirectChainByHandAndRecordsFinalUrl() {
        FetchOutcome outcome = fetcher.fetch(server.url("/redirect/1"));

        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        Page page = ((FetchOutcome.Fetched) outcome).page();
        assertThat(page.url()).isEqualTo(server.url("/redirect/1"));
        assertThat(page.redirects()).containsExactly(server.url("/redirect/2"));
        assertThat(page.finalUrl()).isEqualTo(server.url("/articles/final?utm_source=feed"));
        assertThat(server.requestHeaders("/redirect/2").getFirst("User-Agent")).isEqualTo(USER_AGENT);
        assertThat(server.requestHeaders("/articles/final").getFirst("User-Agent")).isEqualTo(USER_AGENT);
    }

    @Test
    void givesUpOnRedirectLoopAfterMaxRedirects() {
        FetchOutcome outcome = fetcher.fetch(server.url("/loop/a"));

        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        Exception exception = ((FetchOutcome.Failed) outcome).exception();
        assertThat(exception).isInstanceOf(RedirectException.class).hasMessageContaining("too many redirects");
        assertThat(((RedirectException) exception).redirects()).isEqualTo(3);
    }

    @Test
    void reportsHttpErrorStatus() {
        FetchOutcome outcome = fetcher.fetch(server.url("/missing"));

        assertThat(outcome).isEqualTo(new FetchOutcome.HttpError(server.url("/missing"), server.url("/missing"), 404, null));
    }

    @Test
    void timesOutAtTheRequestDeadline() {
        FetchOutcome outcome = fetcher.fetch(server.url("/slow"));

        assertThat(outcome).isInstanceOf(FetchOutcome.Timeout.class);
        assertThat(((FetchOutcome.Timeout) outcome).limit()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void cutsBodyAtTheCap() {
        FetchOutcome outcome = fetcher.fetch(server.url("/big"));

        assertThat(outcome).isInstanceOf(FetchOutcome.TooLarge.class);
        Page page = ((FetchOutcome.TooLarge) outcome).page();
        assertThat(page.truncated()).isTrue();
        assertThat(page.body()).hasSize((int) CAP);
    }

    @Test
    void gunzipsCompressedBody() {
        FetchOutcome outcome = fetcher.fetch(server.url("/gzip"));

        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(new String(((FetchOutcome.Fetched) outcome).page().body(), StandardCharsets.UTF_8))
                .contains("<h1>Compressed</h1>");
    }

    @Test
    void appliesCapToDecompressedBytes() {
        FetchOutcome outcome = fetcher.fetch(server.url("/gzip-big"));

        assertThat(outcome).isInstanceOf(FetchOutcome.TooLarge.class);
        Page page = ((FetchOutcome.TooLarge) outcome).page();
        assertThat(page.body()).hasSize((int) CAP);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).startsWith("<!doctype html>");
    }

    @Test
    void takesCharsetFromContentType() {
        Page page = ((FetchOutcome.Fetched) fetcher.fetch(server.url("/latin1"))).page();

        assertThat(page.charset()).isEqualTo("ISO-8859-1");
        assertThat(new String(page.body(), StandardCharsets.ISO_8859_1)).contains("Caf\u00e9");
    }

    @Test
    void failsOnConnectionRefused() {
        // Port 1 on loopback: nothing listens there, and it never leaves the machine.
        FetchOutcome outcome = fetcher.fetch("http://127.0.0.1:1/");

        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        assertThat(outcome.name()).isEqualTo("failed");
    }
}
