package io.newsflow.schemas;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The article id: the key of every newsflow record, so that a re-fetch or a replay of an article updates one key.
 *
 * <p>It is the hex of the first 16 bytes of SHA-256 over the {@link #normalise normalised} canonical URL. Consumers
 * can compute it for a URL they hold to look the article up.
 */
public final class ArticleId {

    /** Query parameters that only track the reader and never select content. */
    private static final List<Pattern> TRACKING_PARAMETERS = Stream.of(
                    "utm_.*", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "igshid", "yclid",
                    "ocid", "cmpid", "wt_mc", "wt\\.mc_id", "xtor", "ito", "ns_campaign", "ns_mchannel", "ns_source",
                    "ns_linkname", "ns_fee", "share", "ref_src")
            .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE))
            .toList();

    private ArticleId() {}

    /**
     * The id of the article at {@code url}.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static String of(String url) {
        return hash(normalise(url).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The id of a page known by its content only (a saved page that names no URL): the same shape as {@link #of},
     * over the page's bytes, so the same file always gets the same id. It never equals a URL's id in practice, as
     * no page's bytes are a normalised URL.
     */
    public static String ofContent(byte[] content) {
        return hash(content);
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The URL in normal form: lower-case scheme and host, no default port, no fragment, no tracking parameters, and
     * {@code /} for an empty path. Parameter order is kept: some sites select content by it.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static String normalise(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + url + "' (" + e.getReason() + ")", e);
        }
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            uri = withAsciiHost(uri, url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")
                || uri.getRawAuthority() == null
                || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL: '" + url + "'");
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : Stream.of(uri.getRawQuery().split("&"))
                .filter(parameter -> !parameter.isEmpty() && !isTracking(parameter.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * The URL with an internationalised host ("stössenseer.de", which {@link URI} parses as a registry authority
     * without a host) in its ASCII form ("xn--stssenseer-..."), so that both spellings of one URL get one id.
     */
    private static URI withAsciiHost(URI uri, String url) {
        String authority = uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        boolean hasPort = colon > 0 && hostPort.substring(colon + 1).matches("\\d*");
        String host = hasPort ? hostPort.substring(0, colon) : hostPort;
        String port = hasPort ? hostPort.substring(colon) : "";
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            return new URI(uri.getScheme() + "://" + userInfo + ascii + port
                    + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (IllegalArgumentException | URISyntaxException e) {
            throw new IllegalArgumentException("not an absolute http(s) URL: '" + url + "' (host " + host + ")", e);
        }
    }

    private static boolean isTracking(String name) {
        return TRACKING_PARAMETERS.stream().anyMatch(pattern -> pattern.matcher(name).matches());
    }
}
