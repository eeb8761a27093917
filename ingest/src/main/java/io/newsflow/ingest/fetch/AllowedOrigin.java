package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One origin the SSRF guard lets through although its address is not public: a host (a name or an IP literal,
 * IPv6 in brackets) and one port, e.g. {@code 127.0.0.1:8080} or {@code [::1]:8443}. Unlike a CIDR range it allows
 * that port only, so allowing a test site on loopback does not open every service on the machine.
 *
 * @param host the host name (lower case) or IP literal (without brackets)
 * @param port the port
 */
public record AllowedOrigin(String host, int port) {

    private static final Pattern ORIGIN =
            Pattern.compile("\\[([0-9a-fA-F:.]+)]:(\\d{1,5})|([^:/\\[\\]\\s]+):(\\d{1,5})");

    /**
     * Reads {@code text} as an origin, empty when it is not of the {@code host:port} shape (a CIDR range, say).
     *
     * @throws IllegalArgumentException when it has that shape but the port is out of range
     */
    public static Optional<AllowedOrigin> parse(String text) {
        Matcher matcher = ORIGIN.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String host = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
        int port = Integer.parseInt(matcher.group(2) != null ? matcher.group(2) : matcher.group(4));
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("'" + text + "' has a port outside 1-65535");
        }
        return Optional.of(new AllowedOrigin(host.toLowerCase(Locale.ROOT), port));
    }

    /** Whether a request to {@code urlHost}:{@code port} that resolved to {@code address} is this origin. */
    public boolean matches(String urlHost, int port, InetAddress address) {
        if (port != this.port) {
            return false;
        }
        return host.equalsIgnoreCase(urlHost) || host.equalsIgnoreCase(address.getHostAddress())
                || literal().map(address::equals).orElse(false);
    }

    private Optional<InetAddress> literal() {
        if (!host.matches("[0-9a-fA-F:.]+")) {
            return Optional.empty();
        }
        return Optional.of(Cidr.parse(host).network()); // numeric: parsed, never looked up
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
