package io.newsflow.enrich.metadata.entity;

import java.util.Locale;

/** German common nouns and the role nouns compounded from them, which run into names the model finds. */
final class GermanNouns {

    /** Shortest last part of a closed compound that {@link #compoundNoun} looks up: shorter ones end many surnames. */
    private static final int MIN_PART = 5;

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

    /**
     * Whether {@code word}, unknown to the dictionary as a whole, is a compound of common nouns: its last part after a
     * hyphen ("Nahost-Ticker", "Job-Turbo") or, in one word, a last part of {@value #MIN_PART} letters or more after a
     * known first part ("Landes|synode", "Präventions|gesetz", "Krönungs|zeremonie"), which the dictionary knows as a
     * common noun and not as a masculine singular noun, as many surnames are ("Rosen|berg", "Schwein|steiger"), and no
     * list as a name. German writes compounds as one word, so the dictionary lacks most, and the model, seeing an
     * unknown capitalised word where a subject goes, calls it a person.
     */
    static boolean compoundNoun(Word word) {
        String text = word.text();
        if (GermanLexicon.shipped().wordClass(text, false) != GermanLexicon.WordClass.UNKNOWN || word.acronym()) {
            return false;
        }
        int hyphen = text.lastIndexOf('-');
        if (hyphen > 0) {
            return hyphen < text.length() - 1 && nounPart(text.substring(hyphen + 1));
        }
        for (int start = 3; start <= text.length() - MIN_PART; start++) {
            if (Character.isLowerCase(text.charAt(start)) && knownPart(text.substring(0, start))
                    && nounPart(Character.toUpperCase(text.charAt(start)) + text.substring(start + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first part of a closed compound is a word the dictionary knows, also with its linking "s" off
     * ("Präventions", "Krönungs"): a surname splits into no two words ("Spal|dings", "Schl|eiden").
     */
    private static boolean knownPart(String part) {
        return known(part) || part.length() > 3 && part.endsWith("s") && known(part.substring(0, part.length() - 1));
    }

    private static boolean known(String word) {
        return GermanLexicon.shipped().wordClass(word, true) != GermanLexicon.WordClass.UNKNOWN;
    }

    private static boolean nounPart(String part) {
        return Character.isUpperCase(part.charAt(0))
                && !NameLists.shipped().personName(part.toLowerCase(Locale.ROOT))
                && GermanLexicon.shipped().commonWordNoSurname(part);
    }
}
