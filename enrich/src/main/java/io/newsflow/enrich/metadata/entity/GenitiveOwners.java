package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a German name the model ran on from an owner in the genitive into the thing owned: "Trumps Zölle", "Irans
 * Justiz", "Usyks Team" name Trump, Iran and Usyk. A German genitive before a noun ends a name phrase (the Saxon
 * genitive "Merkels Regierung"), and a common noun after it is no part of the name; the model, which sees capitalised
 * nouns after names all the time, often takes both for one name and types the pair by the owner.
 */
final class GenitiveOwners {

    private GenitiveOwners() {
    }

    /**
     * The names with each owner in the genitive before a common noun split off as a name of its own; the words after
     * it stay a name only from the first word that is no common noun ("Bayerns Ministerpräsident Markus Söder" is
     * "Bayerns" and "Markus Söder"), else they are dropped.
     */
    static List<NameModel.Name> split(List<Word> words, List<NameModel.Name> names, Gazetteer gazetteer,
            LanguageRules rules) {
        List<NameModel.Name> split = new ArrayList<>(names.size());
        Set<String> written = null;
        for (NameModel.Name name : names) {
            int owner = owner(words, name, gazetteer, rules);
            if (owner >= 0 && written == null) {
                written = capitalised(words);
            }
            if (owner < 0 || !known(rules.stripGenitive(words.get(owner).text()), written, gazetteer)) {
                split.add(name);
                continue;
            }
            split.add(new NameModel.Name(name.first(), owner + 1, name.type()));
            int rest = owner + 1;
            while (rest < name.end() && (GermanNouns.commonNoun(words.get(rest)) || !words.get(rest).capitalized())) {
                rest++;
            }
            if (rest < name.end()) {
                split.add(new NameModel.Name(rest, name.end(), name.type()));
            }
        }
        return split;
    }

    /**
     * Whether the owner's base form is a name the text writes elsewhere ("Trump" before "Trumps Zölle") or the
     * gazetteer knows ("Iran"): a name that only looks like a genitive, a surname in "s", is written with its "s"
     * every time ("Jones House", "Dave Matthews Band", "Franzis Verlag").
     */
    private static boolean known(String base, Set<String> written, Gazetteer gazetteer) {
        return written.contains(base) || gazetteer.lookup(base).isPresent();
    }

    /** The capitalised words of a text. */
    private static Set<String> capitalised(List<Word> words) {
        Set<String> capitalised = new HashSet<>();
        for (Word word : words) {
            if (word.capitalized()) {
                capitalised.add(word.text());
            }
        }
        return capitalised;
    }

    /**
     * The word of {@code name} that is an owner in the genitive before a common noun, or -1: its first word, or its
     * second after a first name ("Sebastian Hendels Karriere"). A word further in is part of a longer name ("European
     * Payments Initiative"), and so is a noun that ends organisation names ("Media Services GmbH").
     */
    private static int owner(List<Word> words, NameModel.Name name, Gazetteer gazetteer, LanguageRules rules) {
        int first = name.first();
        int owner = first + 1 < name.end() - 1
                && NameLists.shipped().firstName(words.get(first).text().toLowerCase(Locale.ROOT)) ? first + 1 : first;
        for (int i = first; i <= owner && i + 1 < name.end(); i++) {
            Word next = words.get(i + 1);
            if (genitive(words.get(i), gazetteer, rules) && GermanNouns.commonNoun(next)
                    && !rules.organizationEnding(next.text())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code word} may be a name in the genitive: capitalised, with a genitive ending; a name or unknown to the
     * dictionary (not an adjective: "Blaues Band", nor a noun: "Sternbilds Stier"); no gazetteer name as written
     * ("Texas Instruments"); and no first name as written ("Thomas", "Hans" before a surname that is also a noun:
     * "Hans Zimmer"), unless one only in the genitive ("Kims").
     */
    private static boolean genitive(Word word, Gazetteer gazetteer, LanguageRules rules) {
        String text = word.text();
        if (!word.capitalized() || word.acronym() || rules.stripGenitive(text).equals(text)
                || gazetteer.lookup(text).isPresent()) {
            return false;
        }
        // in lower case too: the dictionary has adjectives ("blaues") in lower case only
        GermanLexicon.WordClass kind = GermanLexicon.shipped().wordClass(text, true);
        if (word.adjective() || kind != GermanLexicon.WordClass.NAME && kind != GermanLexicon.WordClass.UNKNOWN) {
            return false;
        }
        return !NameLists.shipped().firstName(text.toLowerCase(Locale.ROOT))
                && !GermanLexicon.shipped().nameKinds(text).contains(GermanLexicon.NameKind.FIRST)
                || GermanLexicon.shipped().genitiveFirstNameOnly(text);
    }
}
