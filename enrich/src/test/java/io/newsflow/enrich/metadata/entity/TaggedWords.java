package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.List;

/** Tagged words written out for tests: the tokenizer's and tagger's output without running them. */
final class TaggedWords {

    private TaggedWords() {}

    /**
     * Words separated by spaces, each optionally with its part of speech after a slash (default PUNCT for ".", NOUN
     * when capitalised, else ADP); "+" before a word joins it to the word before without a space, "^" marks a
     * sentence start (the first word always starts one).
     */
    static List<Word> of(String tagged) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String token : tagged.split(" ")) {
            boolean joined = token.startsWith("+");
            boolean start = words.isEmpty() || token.startsWith("^");
            token = joined || token.startsWith("^") ? token.substring(1) : token;
            int slash = token.lastIndexOf('/');
            String text = slash > 0 ? token.substring(0, slash) : token;
            String pos = slash > 0 ? token.substring(slash + 1)
                    : text.equals(".") ? "PUNCT" : Character.isUpperCase(text.charAt(0)) ? "NOUN" : "ADP";
            at += words.isEmpty() || joined ? 0 : 1;
            words.add(new Word(text, at, at + text.length(), pos, start));
            at += text.length();
        }
        return words;
    }

    /**
     * The words of {@code text}, which may run over several lines, given in order as "word/POS", each found after the
     * one before; a word opening a line starts a sentence.
     */
    static List<Word> in(String text, String tagged) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String token : tagged.split(" ")) {
            int slash = token.lastIndexOf('/');
            String word = token.substring(0, slash);
            int start = text.indexOf(word, at);
            at = start + word.length();
            boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
            words.add(new Word(word, start, at, token.substring(slash + 1), lineStart));
        }
        return words;
    }
}
