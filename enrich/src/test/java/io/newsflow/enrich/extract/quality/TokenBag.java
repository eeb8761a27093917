package io.newsflow.enrich.extract.quality;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text as a bag (multiset) of tokens, for body precision and recall.
 *
 * <p>Tokens are maximal runs of letters, digits and combining marks, lower-cased; ideographs, kana and other scripts
 * written without spaces count one token per character, so a CJK body weighs as much as its characters.
 */
record TokenBag(Map<String, Integer> counts, int size) {

    static TokenBag of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int size = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspaced(cp)) {
                size += flush(word, counts);
                counts.merge(new String(Character.toChars(cp)), 1, Integer::sum);
                size++;
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else {
                size += flush(word, counts);
            }
        }
        size += flush(word, counts);
        return new TokenBag(Map.copyOf(counts), size);
    }

    private static int flush(StringBuilder word, Map<String, Integer> counts) {
        if (word.length() == 0) {
            return 0;
        }
        counts.merge(word.toString().toLowerCase(Locale.ROOT), 1, Integer::sum);
        word.setLength(0);
        return 1;
    }

    private static boolean isUnspaced(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    /** How many tokens the two bags share, counting repeats up to the smaller count. */
    int overlap(TokenBag other) {
        int shared = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            shared += Math.min(entry.getValue(), other.counts.getOrDefault(entry.getKey(), 0));
        }
        return shared;
    }
}
