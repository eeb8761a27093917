package io.newsflow.enrich.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Repairs text encoded as UTF-8 twice ("Investorâ\u0080\u0099s", "fÃ¼r"): a CMS that reads its own UTF-8 as Latin-1
 * and writes it out again as UTF-8. The page is decoded right; the text in it is not, and the headline and the body
 * show it.
 */
final class Utf8Mojibake {

    /**
     * The Latin-1 reading of a UTF-8 lead byte followed by a continuation byte: "Ã¼", "Â¶", "â\u0080". Real text
     * does not set a C1 control or these pairs of signs.
     */
    private static final Pattern DOUBLE_ENCODED = Pattern.compile("[\u00c2-\u00f4][\u0080-\u00bf]");

    private Utf8Mojibake() {}

    /** The text decoded once more, when it reads as double-encoded UTF-8 throughout; else the text. */
    static String repaired(String text) {
        if (!DOUBLE_ENCODED.matcher(text).find()) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xff) {
                return text; // a character Latin-1 cannot hold: not a Latin-1 reading of UTF-8 bytes
            }
            bytes[i] = (byte) c;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return text; // Latin-1 text that only looks so ("Ã©tÃ©" aside, "Â«" is rare): kept as written
        }
    }
}
