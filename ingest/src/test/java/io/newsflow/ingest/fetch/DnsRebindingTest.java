package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.fixtures.TestServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a name answers an allowed address at the check and a forbidden one afterwards. The fetcher resolves
 * once and connects to the checked address, so the forbidden address is never connected. On loopback, 127.0.0.1
 * plays the allowed ("public") address and 127.0.0.2, on the same port, the private one.
 */
class DnsRebindingTest {

    private TestServer allowed;
    private TestServer forbidden;
    private final AtomicInteger lookups = new AtomicInteger();
    private CloseableHttpClient client;

    @BeforeEach
    void start() throws UnknownHostException {
        allowed = new TestServer(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        forbidden = new TestServer(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), allowed.port()));
        client = HttpFetcher.newClient(Duration.ofSeconds(2), 4);
    }

    @AfterEach
    void stop() throws java.io.IOException {
        client.close();
        allowed.close();
        forbidden.close();
    }

    @Test
    void theAddressCheckedIsTheAddressConnectedAndTheRebindingAnswerIsNeverUsed() {
        AddressGuard guard = new AddressGuard(List.of(Cidr.parse("127.0.0.1/32")), List.of(), host -> {
            byte last = (byte) (lookups.incrementAndGet() == 1 ? 1 : 2); // allowed first, then the private one
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, last})};
        });
        HttpFetcher fetcher = new HttpFetcher(client, "newsflow-test/1.0", Duration.ofSeconds(2), 64 * 1024, 100, 0,
                Clock.systemUTC(), guard);

        FetchOutcome outcome = fetcher.fetch("http://rebind.test:" + allowed.port() + "/articles/one");

        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(allowed.hits("/articles/one")).isEqualTo(1);
        assertThat(forbidden.allHits()).isEmpty();
        assertThat(lookups).hasValue(1);
        assertThat(allowed.requestHeaders("/articles/one").getFirst("Host")).isEqualTo("rebind.test:" + allowed.port());
    }

    @Test
    void aSecondFetchIsCheckedAgainAndRefusedWhenTheNameNowAnswersAPrivateAddress() {
        AddressGuard guard = new AddressGuard(List.of(Cidr.parse("127.0.0.1/32")), List.of(), host -> {
            byte last = (byte) (lookups.incrementAndGet() == 1 ? 1 : 2);
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, last})};
        });
        HttpFetcher fetcher = new HttpFetcher(client, "newsflow-test/1.0", Duration.ofSeconds(2), 64 * 1024, 100, 0,
                Clock.systemUTC(), guard);

        fetcher.fetch("http://rebind.test:" + allowed.port() + "/articles/one");
        FetchOutcome second = fetcher.fetch("http://rebind.test:" + allowed.port() + "/articles/two");

        assertThat(second).isInstanceOf(FetchOutcome.Refused.class);
        assertThat(forbidden.allHits()).isEmpty();
    }
}
