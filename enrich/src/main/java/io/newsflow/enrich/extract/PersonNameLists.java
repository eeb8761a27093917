package io.newsflow.enrich.extract;

import io.newsflow.enrich.metadata.entity.ShippedNameLists;
import java.util.Locale;

/**
 * What the name lists say of a short run of capitalised words. It reads as a person's name rather than a brand when
 * its first word is a known first name ("Owain", "Wolfgang") and no article or particle ("La", "Al"), no word is a
 * common word ("Robert Half", "Merrill Edge", "Django Project", "Ghost Wares") and the whole is no known organisation
 * ("Al Jazeera"); as an organisation's by {@link #readsAsOrganisation}. The lists are the entity recogniser's shipped
 * name lists ({@link ShippedNameLists}; see NOTICE), loaded once for both.
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

    /**
     * Whether {@code words} read as an organisation's name rather than a person's by the lists: the first word is no
     * known first name ("Emily Way" stays a person), and a word is a common word ("Thomson Reuters Tax &amp;
     * Accounting", "Example Team") or the whole a known organisation.
     */
    static boolean readsAsOrganisation(String[] words) {
        if (ShippedNameLists.firstName(key(words[0]))) {
            return false;
        }
        for (String word : words) {
            if (ShippedNameLists.commonWord(key(word))) {
                return true;
            }
        }
        return ShippedNameLists.organisation(key(String.join(" ", words)));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
