package io.newsflow.enrich.metadata.entity;

import java.util.Locale;

/** German common nouns and the role nouns compounded from them, which run into names the model finds. */
final class GermanNouns {

    private GermanNouns() {
    }

    /**
     * Whether {@code word} is a German common noun and nothing else: the dictionary knows it only as a noun, and no
     * name list as a person's name ("Jäger", "Zimmer" are surnames too).
     */
    static boolean commonNoun(Word word) {
        return word.capitalized() && !NameLists.shipped().personName(word.text().toLowerCase(Locale.ROOT))
                && GermanLexicon.shipped().wordClass(word.text(), false) == GermanLexicon.WordClass.NOUN;
    }

    /**
     * Whether {@code word} is a hyphenated role noun ("FDP-Generalsekretär", "Capco-Expertin"): its last part a title
     * or role of the rules, or with {@code anyNoun} any common noun ("USA-Kenner", "Usyk-Promoter"). Before a person's
     * name it says who the person is, as "Analyst" in "Analyst Frank Schwope" does, but the tagger calls the compound a
     * proper noun (it is one in part), so the model's name keeps it and the person is an entity apart from the same
     * name without it; alone it names no one. A hyphenated first name ends in a name ("Hans-Peter"), no noun; a
     * compound of another common noun names an organisation on its own ("UN-Sicherheitsrat").
     */
    static boolean roleCompound(Word word, LanguageRules rules, boolean anyNoun) {
        if (!word.hyphenated()) {
            return false;
        }
        String last = word.text().substring(word.text().lastIndexOf('-') + 1);
        Word part = new Word(last, word.end() - last.length(), word.end(), word.pos(), false);
        return part.capitalized() && (rules.personCue(last) || anyNoun && commonNoun(part));
    }
}
