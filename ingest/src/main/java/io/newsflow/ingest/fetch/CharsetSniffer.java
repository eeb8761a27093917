package io.newsflow.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the charset of an HTML page: a byte-order mark, then the HTTP header, then {@code <meta charset>} (or its
 * {@code http-equiv} form) in the first {@value #META_SCAN_BYTES} bytes, then valid UTF-8 (plain ASCII included), then
 * statistical detection (juniversalchardet, Mozilla's detector), and UTF-8 when all of them are silent (decoders then
 * replace bad bytes).
 */
public final class CharsetSniffer {

    /** How far into the page a {@code <meta>} charset is looked for, as the HTML spec's prescan does. */
    static final int META_SCAN_BYTES = 4096;
    /** How much of the page the statistical detector sees. */
    private static final int DETECT_BYTES = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {}

    /**
     * The charset name to decode {@code body} with.
     *
     * @param headerCharset the Content-Type header's charset parameter, null when absent
     */
    public static String detect(byte[] body, @Nullable String headerCharset) {
        return bom(body)
                .or(() -> supported(headerCharset))
                .or(() -> meta(body))
                .or(() -> validUtf8(body))
                .or(() -> statistical(body))
                .orElse(StandardCharsets.UTF_8.name());
    }

    private static Optional<String> bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of("UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of("UTF-16BE");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of("UTF-16LE");
        }
        return Optional.empty();
    }

    private static Optional<String> meta(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? supported(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> validUtf8(byte[] body) {
        boolean ascii = true;
        for (byte b : body) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return Optional.of("UTF-8"); // plain ASCII: UTF-8 reads it, and any later non-ASCII most likely is UTF-8
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return Optional.of("UTF-8");
        } catch (CharacterCodingException e) {
            return Optional.empty(); // not UTF-8: the statistical detector decides
        }
    }

    private static Optional<String> statistical(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        byte[] sample = body.length > DETECT_BYTES ? Arrays.copyOf(body, DETECT_BYTES) : body;
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        return supported(detector.getDetectedCharset());
    }

    private static Optional<String> supported(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Charset.isSupported(name.trim()) ? Optional.of(name.trim()) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty(); // a garbled header or meta value: fall through to the next step
        }
    }
}
