package io.newsflow.enrich.metadata;

import java.util.Locale;
import java.util.Set;

/**
 * The evidence that points to one Latin-script language: frequent function words, letters other languages
 * rarely use, and characteristic character trigrams ({@code _} marks a word boundary).
 *
 * @param code ISO 639-1 code
 * @param stopWords lower-case function words
 * @param letters distinctive lower-case letters
 * @param trigrams lower-case character trigrams
 */
record LanguageProfile(String code, Set<String> stopWords, String letters, Set<String> trigrams) {

    LanguageProfile {
        if (code.length() != 2 || stopWords.isEmpty() || trigrams.isEmpty()) {
            throw new IllegalArgumentException("incomplete language profile " + code);
        }
        for (String trigram : trigrams) {
            if (trigram.length() != 3 || !trigram.equals(trigram.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("bad trigram '" + trigram + "' in language profile " + code);
            }
        }
        stopWords = Set.copyOf(stopWords);
        trigrams = Set.copyOf(trigrams);
    }

    static LanguageProfile of(String code, String stopWords, String letters, String trigrams) {
        return new LanguageProfile(code, Set.of(stopWords.split(" ")), letters, Set.of(trigrams.split(" ")));
    }
}
