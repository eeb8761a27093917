package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a name the model ran together from two: an owner and the thing owned ("Apple's Siri"), or two people joined
 * by a conjunction ("Aoun und Hariri"). The model, which sees names side by side rarely, reads such a run as one name.
 */
final class NameSplits {

    private NameSplits() {
    }

    /**
     * The names with an English possessive inside split after it: "Apple's Siri", "Australia's Royal National Park"
     * are two names each, the owner's and the owned thing's; the possessive ends a name ("McDonald's" keeps its own).
     * Only a name's possessive splits, a proper noun's or a gazetteer name's (the tagger calls "Apple's" a noun), not
     * a common English word's: "People's" belongs to "Korean People's Army", "Children's" to "Children's Hospital";
     * nor a first name's: a first name in the possessive names a place or business ("St. John's University",
     * "Martha's Vineyard", "Tom's Guide"), an owner is named by a surname, a place or a company ("Obama's", "Apple's");
     * nor before a lone organisation word that ends the name: "Harris County Sheriff's Office" is one office.
     */
    static List<NameModel.Name> splitPossessive(List<Word> words, List<NameModel.Name> names,
            Gazetteer gazetteer, LanguageRules rules) {
        List<NameModel.Name> split = new ArrayList<>(names.size());
        for (NameModel.Name name : names) {
            int first = name.first();
            for (int i = name.first(); i < name.end() - 1; i++) {
                if (possessive(words.get(i), gazetteer, rules) && words.get(i + 1).capitalized()
                        && !(i + 2 == name.end() && rules.organizationEnding(words.get(i + 1).text()))) {
                    split.add(new NameModel.Name(first, i + 1, name.type()));
                    first = i + 1;
                }
            }
            split.add(first == name.first() ? name : new NameModel.Name(first, name.end(), name.type()));
        }
        return split;
    }

    /** Whether {@code word} is a name in the English possessive: "Hong Kong's" (its last word), "Apple's". */
    private static boolean possessive(Word word, Gazetteer gazetteer, LanguageRules rules) {
        if (!word.capitalizedPossessive()) {
            return false;
        }
        String base = rules.stripGenitive(word.text().replace('’', '\''));
        String lower = base.toLowerCase(Locale.ROOT);
        return (word.properNoun() || gazetteer.lookup(base).isPresent())
                && !NameLists.shipped().commonWord(lower) && !NameLists.shipped().firstNameOnly(lower);
    }

    /**
     * The names with a person's name that joins two names by a conjunction split in two: "Edward IV and Richard III",
     * "Aoun und Hariri" are two people each. The model, which sees names side by side rarely, sometimes runs them
     * together; a person's own name has no conjunction in it.
     */
    static List<NameModel.Name> splitCoordinated(List<Word> words, List<NameModel.Name> names) {
        List<NameModel.Name> split = new ArrayList<>(names.size());
        for (NameModel.Name name : names) {
            int conjunction = name.type() == EntityType.PERSON ? conjunction(words, name) : -1;
            if (conjunction < 0) {
                split.add(name);
            } else {
                split.add(new NameModel.Name(name.first(), conjunction, EntityType.PERSON));
                split.add(new NameModel.Name(conjunction + 1, name.end(), EntityType.PERSON));
            }
        }
        return split;
    }

    /**
     * The one conjunction in {@code name} between two bare names (every other word capitalised), or -1. A phrase with
     * more in it ("Ann Chiang of DAB and Priscilla Leung of BPA") is no pair of names to split.
     */
    private static int conjunction(List<Word> words, NameModel.Name name) {
        int conjunction = -1;
        for (int i = name.first(); i < name.end(); i++) {
            Word word = words.get(i);
            if (word.pos().equals("CCONJ") && !word.capitalized() && conjunction < 0 && i > name.first()
                    && i < name.end() - 1) {
                conjunction = i;
            } else if (!word.capitalized()) {
                return -1;
            }
        }
        return conjunction;
    }
}
