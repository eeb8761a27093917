package io.newsflow.enrich.metadata.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the model finds that are no entity of ours: pronouns and titles capitalised at a sentence start ("He",
 * "Herr"), bare letters ("X X X"), the "Chr." of a German era mark, a German common noun in a person's place
 * ("Vögel fühlen Schmerz") and events, awards and treaties ("Davis Cup", "Paris Agreement").
 */
final class NotNames {

    /** Parts of speech a one-word name never has. */
    private static final Set<String> NOT_NAMES = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "VERB", "ADV",
            "PART", "PUNCT", "NUM");

    /** The era marks before "Chr.": "v. Chr.", "n. Chr." (before and after Christ), no person. */
    private static final Set<String> ERA_MARKS = Set.of("v.", "n.");

    private NotNames() {
    }

    /**
     * Whether a one-word name is none: a word the tagger calls a pronoun, verb or the like ("He", "They", "Er" at a
     * sentence start: capitalised, but the tagger knows better), a stop word or title of the rules ("König" before
     * the king's name, "Herr"), or a word the rules list as never a name (German informal "Du", "Dir").
     */
    static boolean notAName(List<Word> words, int at, LanguageRules rules) {
        Word word = words.get(at);
        String lower = word.text().toLowerCase(Locale.ROOT);
        return NOT_NAMES.contains(word.pos()) || rules.stop(word.text()) || rules.personTitles().contains(lower)
                || rules.notNames().contains(lower);
    }

    /**
     * Whether a name's words are bare single letters: "X X X" in a table, a lone "S" or "A" (a list item, a grade).
     * An initial with its period stays: German reports shorten a private person's name to "Lutz S." and then "S.".
     */
    static boolean lettersOnly(List<String> words) {
        for (String word : words) {
            if (word.length() != 1 || !Character.isLetter(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether words {@code begin..end} are the "Chr." of "v. Chr." or "n. Chr.", with or without its period: the
     * tokenizer splits "v. Chr." into "v", ".", "Chr", ".", and the model, which has seen few such dates, calls the
     * "Chr" a person.
     */
    static boolean eraMark(List<Word> words, int begin, int end) {
        String lower = words.get(begin).text().toLowerCase(Locale.ROOT);
        if (begin == 0 || !lower.equals("chr") && !lower.equals("chr.")) {
            return false;
        }
        for (int i = begin + 1; i < end; i++) {
            if (!words.get(i).text().equals(".")) {
                return false;
            }
        }
        // the mark as one word ("v.") or as the tokenizer leaves it, its period a word of its own ("v", ".")
        String before = words.get(begin - 1).text();
        String mark = before.equals(".") && begin > 1 ? words.get(begin - 2).text() + "." : before;
        return ERA_MARKS.contains(mark);
    }

    /**
     * Whether a one-word German person's name is a common word: one the German dictionary knows and never as a name
     * ("Vögel", "Sauna", "Leasing"), nor as a masculine singular noun (many surnames are: "Fiedler", "Zöllner"), and
     * no list knows as a first name, surname or person ("Koch", "Wolf"). German capitalises every noun; the model
     * takes a noun in a person's place ("Vögel fühlen Schmerz") for a person. Places and organisations keep theirs:
     * the dictionary has countries ("Türkei", "DDR") and bodies ("Bundeswehr") among its common nouns.
     */
    static boolean commonGermanWord(Word word) {
        return !NameLists.shipped().personName(word.text().toLowerCase(Locale.ROOT))
                && GermanLexicon.shipped().commonWordNoSurname(word.text());
    }

    /**
     * Whether the dictionary knows {@code word} only in lower case: an adverb, verb or adjective capitalised at a
     * sentence's start or used as a noun ("Irgendwann", "Nimm", "Ältere"), which the model, trained on few such
     * sentence starts, calls a person; unless a list knows it as a person's name or the text has it in a longer
     * person's name ({@code personWords}: "Matter" after "Thomas Matter", "Kauert" after "Steffen Kauert").
     */
    static boolean lowerCaseOnly(Word word, Set<String> personWords) {
        GermanLexicon lexicon = GermanLexicon.shipped();
        return !personWords.contains(word.text())
                && !NameLists.shipped().personName(word.text().toLowerCase(Locale.ROOT))
                && lexicon.wordClass(word.text(), false) == GermanLexicon.WordClass.UNKNOWN
                && lexicon.wordClass(word.text(), true) == GermanLexicon.WordClass.WORD;
    }

    /** The words of the model's person names of more than one word. */
    static Set<String> personWords(List<Word> words, List<NameModel.Name> names) {
        Set<String> personWords = new HashSet<>();
        for (NameModel.Name name : names) {
            if (name.type() == EntityType.PERSON && name.end() - name.first() > 1) {
                words.subList(name.first(), name.end()).forEach(w -> personWords.add(w.text()));
            }
        }
        return personWords;
    }

    /**
     * Whether words {@code [begin, end)} name an event, award or treaty by their last word ("Davis Cup", "Suez
     * Crisis", "Paris Agreement"), which is no entity of ours, unless the gazetteer knows the name or it is a person's
     * of two words, a listed first name (and nothing else) and a surname that is also such a word ("Carrie Song").
     */
    static boolean event(String text, List<Word> words, int begin, int end, EntityType type,
            Gazetteer gazetteer, LanguageRules rules) {
        String last = words.get(end - 1).text().toLowerCase(Locale.ROOT);
        return rules.eventWords().contains(last)
                && !(type == EntityType.PERSON && end - begin == 2 && onlyFirstName(words.get(begin)))
                && !organisationWordWithin(words, begin, end - 1, rules)
                && gazetteer.lookup(text.substring(words.get(begin).start(), words.get(end - 1).end())).isEmpty();
    }

    /**
     * Whether an organisation word comes before the event word: "Institute for the Study of War", "Department of War",
     * "Crisis Management Office" name organisations, not events.
     */
    private static boolean organisationWordWithin(List<Word> words, int begin, int end, LanguageRules rules) {
        for (int i = begin; i < end; i++) {
            if (rules.organizationEnding(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is a listed first name and no listed place, organisation or word ("Carrie", not "Paris").
     */
    private static boolean onlyFirstName(Word word) {
        String lower = word.text().toLowerCase(Locale.ROOT);
        return NameLists.shipped().firstName(lower) && !NameLists.shipped().placeOrganisationOrWord(lower);
    }
}
