package io.newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The SSRF guard: lets a request go only to an http(s) URL whose host resolves to public addresses, or to addresses
 * the operator allow-listed.
 *
 * <p>A host that looks like an IPv4 number in any of the forms C's {@code inet_aton} (and so curl and browsers)
 * accepts, {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1} or {@code 127.1}, is read the same way before it is
 * checked, so none of them slips past as a "host name".
 */
public final class AddressGuard {

    private static final Pattern NUMERIC_PART = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");
    /** Ranges never reached unless allow-listed, beyond what InetAddress's is*Address() methods catch. */
    private static final List<Cidr> NON_PUBLIC = List.of(
            Cidr.parse("0.0.0.0/8"), Cidr.parse("100.64.0.0/10"), Cidr.parse("192.0.0.0/24"),
            Cidr.parse("192.0.2.0/24"), Cidr.parse("198.18.0.0/15"), Cidr.parse("198.51.100.0/24"),
            Cidr.parse("203.0.113.0/24"), Cidr.parse("240.0.0.0/4"), Cidr.parse("fc00::/7"),
            Cidr.parse("2001:db8::/32"), Cidr.parse("64:ff9b::/96"), Cidr.parse("100::/64"));

    private final List<Cidr> allowed;
    private final List<AllowedOrigin> origins;
    private final Resolver resolver;

    /**
     * @param allowed address ranges that may be reached (on any port) even though they are not public
     * @param origins host:port origins that may be reached (on that port only) even though they are not public
     * @param resolver resolves host names
     */
    public AddressGuard(List<Cidr> allowed, List<AllowedOrigin> origins, Resolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.origins = List.copyOf(origins);
        this.resolver = resolver;
    }

    /** A guard allowing ranges only. */
    public AddressGuard(List<Cidr> allowed, Resolver resolver) {
        this(allowed, List.of(), resolver);
    }

    /** A guard using the system resolver. */
    public static AddressGuard system(List<Cidr> allowed, List<AllowedOrigin> origins) {
        return new AddressGuard(allowed, origins, InetAddress::getAllByName);
    }

    /** A guard using the system resolver, allowing ranges only. */
    public static AddressGuard system(List<Cidr> allowed) {
        return system(allowed, List.of());
    }

    /**
     * Why {@code url} must not be requested, or empty when it may be.
     *
     * @param url an absolute URL
     */
    public Optional<String> refusal(String url) {
        return Optional.ofNullable(check(url).refusal());
    }

    /**
     * Resolves {@code url}'s host once and checks every address: the request must then connect to the address
     * returned (never resolve again), so that a DNS answer that changes after the check (rebinding) cannot reach
     * a private address.
     *
     * @param url an absolute URL
     */
    public Checked check(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Checked.refused("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Checked.refused("scheme '" + scheme + "' is not http or https");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Checked.refused("URL has no host");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return checkHost(host, port);
    }

    private Checked checkHost(String rawHost, int port) {
        String host = rawHost.startsWith("[") ? rawHost.substring(1, rawHost.length() - 1) : rawHost;
        InetAddress[] addresses;
        try {
            Optional<InetAddress> numeric = host.contains(":")
                    ? Optional.of(InetAddress.getByName(host)) // an IPv6 literal: parsed, never looked up
                    : parseLooseIpv4(host);
            addresses = numeric.isPresent() ? new InetAddress[] {numeric.get()} : resolver.resolve(host);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Checked.refused("host '" + host + "' does not resolve: " + e.getMessage());
        }
        if (addresses.length == 0) {
            return Checked.refused("host '" + host + "' resolves to no address");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && allowed.stream().noneMatch(range -> range.contains(address))
                    && origins.stream().noneMatch(origin -> origin.matches(host, port, address))) {
                return Checked.refused("host '" + host + "' resolves to non-public address "
                        + address.getHostAddress() + " (allow-list it, or its host:" + port
                        + ", in ingest.allow.addresses to fetch it)");
            }
        }
        return new Checked(addresses[0], null);
    }

    /**
     * The outcome of a check.
     *
     * @param address the checked address to connect to, null when refused
     * @param refusal why the URL must not be requested, null when it may be
     */
    public record Checked(@Nullable InetAddress address, @Nullable String refusal) {

        static Checked refused(String reason) {
            return new Checked(null, reason);
        }
    }

    /** Whether {@code address} is a routable public unicast address. */
    static boolean isPublic(InetAddress address) {
        InetAddress plain = unmapped(address);
        if (plain.isLoopbackAddress() || plain.isAnyLocalAddress() || plain.isLinkLocalAddress()
                || plain.isSiteLocalAddress() || plain.isMulticastAddress()) {
            return false;
        }
        if (plain instanceof Inet4Address && (plain.getAddress()[0] & 0xff) == 255) {
            return false; // broadcast (within 240.0.0.0/4 too, named for clarity)
        }
        return NON_PUBLIC.stream().noneMatch(range -> range.contains(plain));
    }

    /** The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}) or IPv4-compatible IPv6 address. */
    private static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean compatible = bytes[10] == 0 && bytes[11] == 0 && !address.isLoopbackAddress()
                && !address.isAnyLocalAddress();
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }

    /**
     * Reads {@code host} as inet_aton does (1 to 4 dot-separated parts, each decimal, octal with a leading 0, or hex
     * with 0x; the last part fills the remaining bytes), empty when it is not of that shape.
     *
     * @throws IllegalArgumentException when it has that shape but a part is out of range
     */
    static Optional<InetAddress> parseLooseIpv4(String host) {
        String[] parts =
                host.endsWith(".") ? host.substring(0, host.length() - 1).split("\\.", -1) : host.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (!NUMERIC_PART.matcher(part).matches()) {
                return Optional.empty();
            }
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parsePart(parts[i]);
        }
        long value = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 255) {
                throw new IllegalArgumentException("IPv4 part out of range in '" + host + "'");
            }
            value |= values[i] << (8 * (3 - i));
        }
        long last = values[parts.length - 1];
        if (last >= 1L << (8 * (5 - parts.length))) {
            throw new IllegalArgumentException("IPv4 part out of range in '" + host + "'");
        }
        value |= last;
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }

    private static long parsePart(String part) {
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IPv4 number part: '" + part + "'", e);
        }
    }

    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        /**
         * @throws UnknownHostException when the name does not resolve
         */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }
}
