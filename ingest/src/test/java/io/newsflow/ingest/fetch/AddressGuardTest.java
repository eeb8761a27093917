package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    /** Resolves every name to a public documentation-free address, so no test touches DNS. */
    private static final AddressGuard.Resolver PUBLIC = host -> new InetAddress[] {
        InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14})
    };
    private static final AddressGuard GUARD = new AddressGuard(List.of(), PUBLIC);

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://127.1/",
        "http://0x7f.1/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://10.0.0.1/", "http://172.16.5.4/",
        "http://192.168.1.1/", "http://169.254.169.254/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[fd00::1]/",
        "http://[fe80::1]/", "http://224.0.0.1/", "http://3232235777/"
    })
    void refusesNonPublicAddressesInEveryForm(String url) {
        assertThat(GUARD.refusal(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/", "gopher://example.org/"})
    void refusesSchemesOtherThanHttp(String url) {
        assertThat(GUARD.refusal(url)).hasValueSatisfying(reason -> assertThat(reason).contains("scheme"));
    }

    @Test
    void refusesNamesThatResolveToPrivateAddresses() {
        AddressGuard guard = new AddressGuard(List.of(), host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {10, 1, 2, 3})
        });
        assertThat(guard.refusal("https://intranet.example/")).isPresent();
    }

    @Test
    void letsPublicHostsAndAllowListedRangesThrough() throws UnknownHostException {
        assertThat(GUARD.refusal("https://news.example/article")).isEmpty();
        AddressGuard loopback = new AddressGuard(List.of(Cidr.parse("127.0.0.0/8")), PUBLIC);
        assertThat(loopback.refusal("http://127.0.0.1:8080/")).isEmpty();
        assertThat(loopback.refusal("http://2130706433/")).isEmpty();
        assertThat(loopback.refusal("http://10.0.0.1/")).isPresent();
        assertThat(AddressGuard.parseLooseIpv4("127.1")).contains(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void aHostPortOriginAllowsThatPortOnly() throws UnknownHostException {
        AddressGuard guard = new AddressGuard(List.of(), List.of(AllowedOrigin.parse("127.0.0.1:8080").orElseThrow(),
                AllowedOrigin.parse("intranet.example:9000").orElseThrow()), host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {10, 1, 2, 3})
        });

        assertThat(guard.refusal("http://127.0.0.1:8080/news")).isEmpty();
        assertThat(guard.refusal("http://127.0.0.1:8081/admin")).isPresent();
        assertThat(guard.refusal("http://127.0.0.1/")).isPresent();
        assertThat(guard.refusal("http://intranet.example:9000/feed")).isEmpty();
        assertThat(guard.refusal("http://intranet.example/feed")).isPresent();
        assertThat(AllowedOrigin.parse("[::1]:8443")).hasValue(new AllowedOrigin("::1", 8443));
        assertThat(AllowedOrigin.parse("10.0.0.0/8")).isEmpty();
        assertThat(AllowedOrigin.parse("::1")).isEmpty();
    }
}
