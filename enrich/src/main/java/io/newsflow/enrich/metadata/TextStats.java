package io.newsflow.enrich.metadata;

import java.util.Set;

/**
 * Size measures of a text.
 *
 * @param words Unicode letter/digit tokens (a run of letters and digits; "Ukraine-Krieg" is two)
 * @param sentences sentence ends (., !, ?, …, and their CJK forms), at least 1 when there are words
 * @param readingTimeMinutes {@code ceil(words / 200)}, at least 1 when there are words
 */
public record TextStats(int words, int sentences, int readingTimeMinutes) {

    /** Average adult silent-reading speed for news prose. */
    static final int WORDS_PER_MINUTE = 200;

    private static final Set<Character> SENTENCE_ENDS = Set.of('.', '!', '?', '…', '。', '！', '？');

    /** CJK marks end a sentence even when the next character follows without a space. */
    private static final Set<Character> CJK_SENTENCE_ENDS = Set.of('。', '！', '？');

    /** Measures {@code text}. */
    public static TextStats of(String text) {
        int words = 0;
        int sentences = 0;
        boolean inWord = false;
        int wordLength = 0;
        boolean digitsOnly = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                words += inWord ? 0 : 1;
                wordLength = inWord ? wordLength + 1 : 1;
                digitsOnly = (!inWord || digitsOnly) && Character.isDigit(cp);
                inWord = true;
            } else {
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && SENTENCE_ENDS.contains((char) cp)
                        && endsSentence(text, i, inWord && digitsOnly && wordLength <= 2)) {
                    sentences++;
                }
                inWord = false;
            }
        }
        if (words > 0 && sentences == 0) {
            sentences = 1;
        }
        int minutes = words == 0 ? 0 : Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        return new TextStats(words, sentences, minutes);
    }

    /**
     * Whether the mark before {@code next} ends a sentence: it is followed by the end, or by space and then not a
     * lower-case letter; a dot after a one- or two-digit number is an ordinal ("27. Juli"), not an end.
     */
    private static boolean endsSentence(String text, int next, boolean afterShortNumber) {
        if (next < text.length() && SENTENCE_ENDS.contains(text.charAt(next))) {
            return false; // "?!" or "..." count once, at their last mark
        }
        if (CJK_SENTENCE_ENDS.contains(text.charAt(next - 1))) {
            return true;
        }
        int j = next;
        while (j < text.length()
                && !Character.isLetterOrDigit(text.charAt(j))
                && !Character.isWhitespace(text.charAt(j))) {
            j++; // closing quotes and brackets
        }
        if (j >= text.length()) {
            return true;
        }
        if (j == next && !Character.isWhitespace(text.charAt(j))) {
            return false; // "z.B", "3.5", "www.example"
        }
        while (j < text.length() && !Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return j >= text.length() || (!Character.isLowerCase(text.charAt(j)) && !afterShortNumber);
    }
}
