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

    /**
     * The text without the invisible marks a page sets for line breaking: soft hyphens (U+00AD, where a long word may
     * break), word joiners (U+2060, where it may not) and zero-width no-break spaces (U+FEFF). A reader sees none of
     * them, and a copy of the text that keeps them no longer equals the same words typed
     * ("Helikopter\u00adlandeplatz").
     * Zero-width joiners and non-joiners stay: they choose the glyphs of Persian, Indic scripts and emoji.
     */
    static String withoutBreakMarks(String text) {
        int first = firstBreakMark(text);
        if (first < 0) {
            return text; // nearly every text: no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBreakMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstBreakMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBreakMark(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBreakMark(char c) {
        return c == '\u00ad' || c == '\u2060' || c == '\ufeff';
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
