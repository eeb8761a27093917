package io.newsflow.enrich.extract;

import java.text.Normalizer;

/** Collapses runs of whitespace (including non-breaking spaces) into one space and trims; composes text (NFC). */
final class TextNormalizer {

    private TextNormalizer() {}

    /**
     * The text in Unicode's composed form (NFC): a page written on some systems, or by some CMSs, spells "ü" as "u"
     * and a combining diaeresis, which looks the same but splits words for every reader after the extractor (the
     * name finder cut "Kü" off "Küche") and does not match the same word written composed.
     */
    static String composed(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static String collapse(String text) {
        if (isCollapsed(text)) {
            return text; // most texts come from Jsoup's text(), already normalised: no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCollapsed(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return text.isEmpty() || previous != ' ';
    }

    private static boolean isSpace(char c) {
        if (c < 128) {
            return c <= ' ';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b';
    }
}
