package io.newsflow.enrich.metadata.entity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A word of analysed text: tokens the tokenizer split at a hyphen are joined again ("Kim Jong-Un",
 * "UN-Sicherheitsrat").
 *
 * @param text the word as written
 * @param start offset of its first character in the analysed text
 * @param end offset after its last character
 * @param pos Universal Dependencies tag; PROPN when any joined part is a proper noun
 * @param sentenceStart whether the word begins a sentence
 */
record Word(String text, int start, int end, String pos, boolean sentenceStart) {
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");


    boolean hyphenated() {
        return text.length() > 2 && text.indexOf('-', 1) > 0 && text.indexOf('-', 1) < text.length() - 1;
    }

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean dash() {
        return text.equals("–") || text.equals("—") || text.equals("-");
    }

    boolean adjective() {
        return pos.equals("ADJ");
    }

    boolean properNoun() {
        return pos.equals("PROPN");
    }

    /** A capitalised word in the English possessive, with a base of two letters or more: "Apple's", "Tapie’s". */
    boolean capitalizedPossessive() {
        return text.length() > 3 && (text.endsWith("'s") || text.endsWith("’s")) && capitalized();
    }

    /** All letters upper case, at least two: an acronym such as EU or CNN. */
    boolean acronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&') {
                return false;
            }
        }
        return letters >= 2 && letters <= 6 && !ROMAN_NUMERAL.matcher(text).matches();
    }

    /** The index of the word starting at {@code offset}, or -1 (words are in text order). */
    static int indexAt(List<Word> words, int offset) {
        int low = 0;
        int high = words.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = words.get(middle).start();
            if (start == offset) {
                return middle;
            }
            if (start < offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }
}
