package io.newsflow.enrich.extract;

import io.newsflow.enrich.metadata.entity.ShippedNameLists;
import java.util.Locale;

/**
 * Whether a short run of capitalised words reads as a person's name rather than a brand: its first word is a known
 * first name ("Owain", "Wolfgang") and no article or particle ("La", "Al"), no word is a common word ("Robert
 * Half", "Merrill Edge", "Django Project", "Ghost Wares")
 * and the whole is no known organisation ("Al Jazeera"). The lists are the entity recogniser's shipped name lists
 * ({@link ShippedNameLists}; see NOTICE), loaded once for both.
 */
final class PersonNameLists {

    private PersonNameLists() {}

    /** Whether {@code words} (two or more) read as a person's name by the lists. */
    static boolean readsAsPerson(String[] words) {
        String first = key(words[0]);
        if (words.length < 2 || !ShippedNameLists.firstName(first) || BylineWords.NAME_PARTICLES.contains(first)) {
            return false; // "La Stampa", "Al Jazeera": an article or a particle before a name is no first name
        }
        for (String word : words) {
            if (ShippedNameLists.commonWord(key(word))) {
                return false;
            }
        }
        return !ShippedNameLists.organisation(key(String.join(" ", words)));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
