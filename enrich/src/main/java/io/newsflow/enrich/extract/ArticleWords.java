package io.newsflow.enrich.extract;

import java.util.List;

/**
 * Counts the words of a text in any script: runs of letters and digits, and for scripts written without spaces (Han,
 * kana, Thai) one word per {@link #CHARS_PER_UNSPACED_WORD} characters.
 */
final class ArticleWords {

    /** Chinese and Japanese words average about two characters. */
    static final int CHARS_PER_UNSPACED_WORD = 2;

    private ArticleWords() {}

    /** The words of all blocks, counting stops a little past {@code cap} (callers compare against thresholds). */
    static int count(List<BodyBlock> blocks, int cap) {
        int words = 0;
        for (BodyBlock block : blocks) {
            words += count(block.text());
            if (words > cap) {
                return words;
            }
        }
        return words;
    }

    static int count(String text) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspaced(cp)) {
                unspaced++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                inWord = false;
            }
        }
        return words + unspaced / CHARS_PER_UNSPACED_WORD;
    }

    /** Below Thai (U+0E00) no script is written without spaces; checking first avoids a script lookup per char. */
    private static final int FIRST_UNSPACED_CODE_POINT = 0x0E00;

    private static boolean isUnspaced(int cp) {
        if (cp < FIRST_UNSPACED_CODE_POINT) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
