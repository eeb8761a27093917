package io.newsflow.enrich.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Parses page bytes into a Jsoup {@link Document}.
 *
 * <p>The charset is chosen in this order: a byte-order mark, then the given (HTTP header) charset, then
 * {@code <meta charset>} or {@code http-equiv}, else UTF-8. An unknown or malformed header charset is ignored.
 */
public final class PageParser {

    /** Legal charset names per {@link Charset}; checking first means {@code isSupported} never throws. */
    private static final Pattern LEGAL_CHARSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+:_.-]*");

    /** Labels that browsers decode as windows-1252 (WHATWG Encoding), because servers mislabel such pages. */
    private static final Map<String, String> CHARSET_ALIASES = Map.of(
            "iso-8859-1", "windows-1252",
            "iso8859-1", "windows-1252",
            "latin1", "windows-1252",
            "us-ascii", "windows-1252",
            "ascii", "windows-1252");

    private PageParser() {}

    /**
     * Parses {@code bytes} as HTML, with an article body shipped as a client-side template put in place
     * ({@link TemplateBodies}).
     *
     * @param charset the charset from the HTTP {@code Content-Type} header, or null
     * @param baseUrl the page URL, used to make relative links absolute
     * @throws UncheckedIOException never in practice: the input is in memory
     */
    public static Document parse(byte[] bytes, @Nullable String charset, String baseUrl) {
        // Jsoup honours a BOM before anything else and sniffs <meta> when the charset is null.
        try {
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), supportedCharset(charset), baseUrl);
            TemplateBodies.unwrap(page);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse page " + baseUrl, e);
        }
    }

    private static @Nullable String supportedCharset(@Nullable String headerCharset) {
        if (headerCharset == null) {
            return null;
        }
        String name = headerCharset.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        name = CHARSET_ALIASES.getOrDefault(name, name);
        if (!LEGAL_CHARSET_NAME.matcher(name).matches() || !Charset.isSupported(name)) {
            return null;
        }
        return name;
    }
}
