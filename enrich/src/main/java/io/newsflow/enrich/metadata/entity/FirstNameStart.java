package io.newsflow.enrich.metadata.entity;

import java.util.List;
import java.util.Locale;

/**
 * An English name of two or three words that starts with a known first name and ends with a known surname, as a
 * person's whatever type the name model gave it: "Hugh Murphy", "Donald Trump", "Benoît Paire" are people. The model,
 * which has seen each first name a few times in labelled text, sometimes calls such a name an organisation or place
 * from the words around it ("records Rafferty produced with Hugh Murphy"). Not when the first word is also a listed
 * place, organisation or common word ("Paris Agreement", "National Socialists"), a later word is a common word ("Adler
 * Planetarium", "Velvet Underground"; on real pages a first name starts product and place names too, "Meta Platforms",
 * "West Village", hence the surname at the end), a word marks an organisation, place or event ("Lincoln Center",
 * "Victoria Station", "Davis Cup"), or the lists know the whole name as a place or organisation ("Morgan Stanley").
 */
final class FirstNameStart {

    /** Longest name, in words, taken for a person's by its first name: longer runs are titles or institutions. */
    private static final int MAX_WORDS = 3;

    private FirstNameStart() {
    }

    /** Whether words {@code [begin, end)} are a person's name by their first word. */
    static boolean person(List<Word> words, int begin, int end, LanguageRules rules) {
        int count = end - begin;
        if (count < 2 || count > MAX_WORDS) {
            return false;
        }
        NameLists lists = NameLists.shipped();
        String firstName = lower(words.get(begin));
        if (!lists.firstName(firstName) || lists.placeOrganisationOrWord(firstName)) {
            return false; // "Paris Agreement", "National Socialists", "Odessa Oblast": also a place or a word
        }
        StringBuilder name = new StringBuilder();
        for (int i = begin; i < end; i++) {
            Word word = words.get(i);
            if (!word.capitalized() || word.acronym() || rules.organizationEnding(word.text())
                    || rules.placeWords().contains(lower(word)) || rules.placeEnding(word.text())
                    || rules.eventWords().contains(lower(word)) || i > begin && lists.commonWord(lower(word))) {
                return false;
            }
            name.append(i > begin ? " " : "").append(lower(word));
        }
        return lists.surname(lower(words.get(end - 1))) && !lists.placeOrOrganisation(name.toString());
    }

    private static String lower(Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }
}
