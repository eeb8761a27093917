package io.newsflow.enrich.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Parses page bytes into a Jsoup {@link Document}.
 *
 * <p>The charset is chosen in this order: a byte-order mark, then the given (HTTP header) charset, then UTF-8 when
 * the bytes are valid UTF-8 with characters beyond ASCII, then {@code <meta charset>} or {@code http-equiv}, else
 * UTF-8. An unknown or malformed header charset is ignored. Valid UTF-8 goes before the page's own label because a
 * page saved from its text (a crawler's dump, a page re-encoded on saving) is UTF-8 while its {@code <meta>} still
 * names the charset it was served in; text in a legacy charset is practically never valid UTF-8 once it holds
 * letters beyond ASCII.
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

    /** Chars decoded at a time when checking that a page is UTF-8. */
    private static final int UTF8_CHECK_CHARS = 8192;

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
            String decoding = supportedCharset(charset);
            if (decoding == null && isUtf8BeyondAscii(bytes)) {
                decoding = "UTF-8"; // a byte-order mark still wins: jsoup honours it before the charset given
            }
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), decoding, baseUrl);
            TemplateBodies.unwrap(page);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse page " + baseUrl, e);
        }
    }

    /**
     * Whether the bytes hold a character beyond ASCII and decode as UTF-8 without a malformed sequence. The check
     * decodes into a small buffer it reuses: jsoup decodes the page again, and a whole decoded copy here would double
     * the memory a large page takes.
     */
    private static boolean isUtf8BeyondAscii(byte[] bytes) {
        int first = 0;
        while (first < bytes.length && bytes[first] >= 0) {
            first++;
        }
        if (first == bytes.length) {
            return false;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, first, bytes.length - first);
        CharBuffer out = CharBuffer.allocate(UTF8_CHECK_CHARS);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        // not UTF-8 (an error): the page's own label decides, as a browser's would
        return result.isUnderflow() && !decoder.flush(out).isError();
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
