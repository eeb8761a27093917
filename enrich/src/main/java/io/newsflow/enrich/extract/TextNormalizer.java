package io.newsflow.enrich.extract;

/** Collapses runs of whitespace (including non-breaking spaces) into one space and trims. */
final class TextNormalizer {

    private TextNormalizer() {}

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
