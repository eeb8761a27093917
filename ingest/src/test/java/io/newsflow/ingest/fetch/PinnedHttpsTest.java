package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTPS through the pinned client: the request goes to the address the guard checked while TLS keeps the name, so
 * the certificate is verified for the host name in the URL, not for the address. The server on loopback presents a
 * self-signed certificate for {@code localhost} (src/test/resources/tls/localhost.p12, made with keytool) that only
 * the test's client trusts.
 */
class PinnedHttpsTest {

    private static final char[] PASSWORD = "newsflow-test".toCharArray();
    private static final String PAGE = "<html><head><title>Sicher</title></head><body><p>Über TLS</p></body></html>";

    private HttpsServer server;
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private SSLContext tls;

    @BeforeEach
    void start() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = PinnedHttpsTest.class.getResourceAsStream("/tls/localhost.p12")) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys); // the client trusts exactly this self-signed certificate
        tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesAnHttpsPageFromTheCheckedAddressWithTheCertificateVerifiedForTheName() throws IOException {
        try (CloseableHttpClient client = HttpFetcher.newClient(Duration.ofSeconds(2), 2, tls)) {
            FetchOutcome outcome = fetcher(client).fetch(url("localhost"));

            assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
            Page page = ((FetchOutcome.Fetched) outcome).page();
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Über TLS");
            assertThat(hosts).containsExactly("localhost:" + port());
        }
    }

    @Test
    void refusesACertificateThatDoesNotNameTheHost() throws IOException {
        try (CloseableHttpClient client = HttpFetcher.newClient(Duration.ofSeconds(2), 2, tls)) {
            // the name resolves to the same checked address, but the certificate is not for it
            FetchOutcome outcome = fetcher(client).fetch(url("news.test"));

            assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
            assertThat(((FetchOutcome.Failed) outcome).exception()).isInstanceOf(SSLHandshakeException.class)
                    .hasMessageContaining("news.test");
            assertThat(hosts).isEmpty();
        }
    }

    @Test
    void theDefaultClientDoesNotTrustASelfSignedCertificate() throws IOException {
        try (CloseableHttpClient client = HttpFetcher.newClient(Duration.ofSeconds(2), 2)) {
            FetchOutcome outcome = fetcher(client).fetch(url("localhost"));

            assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
            assertThat(((FetchOutcome.Failed) outcome).exception()).isInstanceOf(SSLHandshakeException.class)
                    .hasMessageContaining("PKIX");
            assertThat(hosts).isEmpty();
        }
    }

    private HttpFetcher fetcher(CloseableHttpClient client) {
        // every name resolves to 127.0.0.1, which only this server's port may be fetched on
        AddressGuard guard = new AddressGuard(List.of(), List.of(AllowedOrigin.parse("127.0.0.1:" + port()).orElseThrow()),
                host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})});
        return new HttpFetcher(client, "newsflow-test/1.0", Duration.ofSeconds(2), 64 * 1024, 100, 0,
                Clock.systemUTC(), guard);
    }

    private String url(String host) {
        return "https://" + host + ":" + port() + "/articles/secure";
    }

    private int port() {
        return server.getAddress().getPort();
    }
}
