package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a name the model found starts and ends. The model runs a name on into the words around it: over a dash, into a
 * quoted title or a function word ("Proceedings of"), and a person's name over the roles and common nouns beside it
 * ("Analyst Frank Schwope", "Lauterbachs Sprecher"); and it leaves out a generational suffix ("King, Jr.").
 */
final class NameBounds {

    /** Generational suffixes after a name and a comma: "Martin Luther King, Jr."; {@link EntityMerger} keys them. */
    static final Set<String> GENERATIONS = Set.of("Jr", "Sr", "jr", "sr");

    /** Parts of speech of common words, trimmed off the edges of a person's name. */
    private static final Set<String> COMMON = Set.of("NOUN", "VERB", "ADJ", "ADV");

    /** Parts of speech a name does not end with: "Proceedings of", "Caritasverbandes und", "München /". */
    private static final Set<String> DANGLING = Set.of("ADP", "CCONJ", "SCONJ", "DET", "PUNCT", "SYM");

    /** What may end a name although its part of speech is in {@link #DANGLING}: "Apple Inc .", "C++". */
    private static final Set<String> KEPT_AT_END = Set.of(".", "+");

    /** Quotes that open a quoted title or phrase inside a sentence; a name does not run into one. */
    private static final String OPENING_QUOTES = "„“‚‘«»‹›\"";

    /** Quotes that close one: a word quoted inside a person's name is a nickname ("Tim “Ripper” Owens"). */
    private static final String CLOSING_QUOTES = "“”‘’»«›‹\"";

    /**
     * Abbreviations that open a place's or saint's name ("St. Louis", "Mt. Everest", "Ft. Worth"): the tokenizer splits
     * off their period, which the name model, trained on text that keeps it on, reads as a name's end (and the
     * sentence model often as a sentence's).
     */
    private static final Set<String> NAME_PREFIXES = Set.of("St", "Mt", "Ft", "Ste");

    private NameBounds() {
    }

    /**
     * The names that end in an abbreviation's period which cannot end them joined to the name after it, which the model
     * found apart or not at all: the tokenizer splits the period off, and the model, trained on text that keeps it on
     * the abbreviation, reads it as a name's end. Two such names: an abbreviated prefix alone ("St ." before "Louis":
     * "St. Louis", "St. Michael", "Mt. Fuji", a place "St." and a person "Michael" before), not after a capitalised
     * word or a number, where the abbreviation ends a street's name ("Adams St.", "3rd St. Unit 5"); and a person's
     * name ending in an initial ("John F." before "Kennedy", "Adnan Z." before "Amin"). Each takes the model's name
     * right after the period (after an initial only a person's), and after a prefix its type, which the model read
     * from the name's own words, unless a person's (a name after "St." names a place or an institution); else the
     * one capitalised word there.
     */
    static List<NameModel.Name> abbreviationsJoined(String text, List<Word> words, List<NameModel.Name> names,
            LanguageRules rules) {
        List<NameModel.Name> joined = new ArrayList<>(names.size());
        for (int n = 0; n < names.size(); n++) {
            NameModel.Name name = names.get(n);
            boolean prefix = prefixOnly(words, name);
            boolean nextName = n + 1 < names.size() && names.get(n + 1).first() == name.end();
            if (!prefix && !initialEnd(words, name, nextName ? names.get(n + 1) : null, rules)
                    || !beforeName(text, words, name.end())) {
                joined.add(name);
            } else if (nextName) {
                NameModel.Name next = names.get(++n);
                EntityType type = next.type() == EntityType.PERSON ? name.type() : next.type();
                joined.add(new NameModel.Name(name.first(), next.end(), type));
            } else {
                joined.add(new NameModel.Name(name.first(), name.end() + 1, name.type()));
            }
        }
        return joined;
    }

    /** Whether {@code name} is an abbreviated prefix and its period, not after a street's name or number. */
    private static boolean prefixOnly(List<Word> words, NameModel.Name name) {
        if (name.end() - name.first() != 2 || !NAME_PREFIXES.contains(words.get(name.first()).text())
                || !words.get(name.end() - 1).text().equals(".")) {
            return false;
        }
        return name.first() == 0 || !words.get(name.first() - 1).capitalized()
                && !Character.isDigit(words.get(name.first() - 1).text().charAt(0));
    }

    /**
     * Whether {@code name} is a person's that ends in an initial and its period ("John F.") before the surname: the
     * model's {@code next} name when a person's, not one that ends in an organisation or place word, else one
     * capitalised word after a listed first name, not a common English word nor the first of several ("Solomon R."
     * before "Guggenheim Museum", which the model may read as a name of any type or not at all; "Hughes B. Social
     * media use", a reference list's author and title).
     */
    private static boolean initialEnd(List<Word> words, NameModel.Name name, NameModel.@Nullable Name next,
            LanguageRules rules) {
        if (name.type() != EntityType.PERSON || name.end() - name.first() < 3 || name.end() >= words.size()
                || !words.get(name.end() - 1).text().equals(".")) {
            return false;
        }
        String initial = words.get(name.end() - 2).text();
        String last = next == null ? "" : words.get(next.end() - 1).text();
        boolean surname = next != null
                ? next.type() == EntityType.PERSON && !rules.organizationEnding(last) && !rules.placeEnding(last)
                        && !rules.placeWords().contains(last.toLowerCase(Locale.ROOT))
                : NameLists.shipped().firstName(words.get(name.first()).text().toLowerCase(Locale.ROOT))
                        && !NameLists.shipped().commonWord(words.get(name.end()).text().toLowerCase(Locale.ROOT))
                        && (name.end() + 1 >= words.size() || !words.get(name.end() + 1).capitalized());
        return surname && initial.length() == 1 && Character.isUpperCase(initial.charAt(0));
    }

    /** Whether word {@code at} is a capitalised word one space after the period before it. */
    private static boolean beforeName(String text, List<Word> words, int at) {
        if (at >= words.size()) {
            return false;
        }
        Word next = words.get(at);
        int period = words.get(at - 1).end();
        return next.capitalized() && !DANGLING.contains(next.pos()) && next.start() == period + 1
                && text.charAt(period) == ' ';
    }

    /** The end of a person's name before the common words the model ran on with after the surname. */
    static int personEnd(List<Word> words, int begin, int end, boolean capitalsAreNames) {
        int personEnd = end;
        while (personEnd - begin > 1 && common(words.get(personEnd - 1), capitalsAreNames)
                && (capitalsAreNames || !germanSurname(words, personEnd - 1))) {
            personEnd--;
        }
        return personEnd;
    }

    /** The start of a person's name after the roles, common words and titles before it. */
    static int personBegin(List<Word> words, int begin, int end, boolean capitalsAreNames, LanguageRules rules) {
        int personBegin = begin;
        while (end - personBegin > 1 && (common(words.get(personBegin), capitalsAreNames)
                && (capitalsAreNames || !germanFirstName(words.get(personBegin)))
                || rules.personTitles().contains(words.get(personBegin).text().toLowerCase(Locale.ROOT))
                || !capitalsAreNames && GermanNouns.roleCompound(words.get(personBegin), rules, true))) {
            personBegin++; // "Herrn Comey" is Comey, "USA-Kenner Thomas Jäger" Thomas Jäger
        }
        return personBegin;
    }

    /**
     * Where a name ends: at a dash or other punctuation inside it ("Berlin – Der Goldene Bär" is "Berlin"), at an
     * opening quote (the "Loriot" of "ARD-Doku „Loriot“" is the title of the documentary, a name of its own), and
     * before the function words and symbols the model ran on with ("Proceedings of", "Caritasverbandes und",
     * "München /").
     */
    static int nameEnd(String text, List<Word> words, NameModel.Name name) {
        int end = name.first() + 1;
        while (end < name.end() && !breaksName(text, words, end, name)) {
            end++;
        }
        while (end - name.first() > 1 && DANGLING.contains(words.get(end - 1).pos())
                && !KEPT_AT_END.contains(words.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    private static boolean breaksName(String text, List<Word> words, int at, NameModel.Name name) {
        Word word = words.get(at);
        if (word.dash() || word.pos().equals("PUNCT") && !word.text().equals(".") && !word.text().equals("&")) {
            return true;
        }
        return OPENING_QUOTES.indexOf(text.charAt(word.start() - 1)) >= 0 && !nickname(text, words, at, name);
    }

    /**
     * Whether the quoted word {@code at} is a person's nickname between first name and surname: "Tim “Ripper”
     * Owens", the quote closed right after it and a proper noun of the name after that (which the person-name trim
     * keeps).
     */
    private static boolean nickname(String text, List<Word> words, int at, NameModel.Name name) {
        int after = words.get(at).end();
        return name.type() == EntityType.PERSON && at + 1 < name.end() && after < text.length()
                && CLOSING_QUOTES.indexOf(text.charAt(after)) >= 0 && words.get(at + 1).properNoun();
    }

    /**
     * The end of an English person's name with the surname in the possessive right after it, which the model leaves
     * out ("Bernard Tapie's own money" gave "Bernard"): its training text splits the "'s" off, the tokenizer keeps it
     * on. Not a listed place, organisation or common word, nor a word of the rules that names an organisation,
     * place, event or role ("Biden Administration's", "Trump Tower's"), nor a word after anything but one space (a
     * heading "Deloitte" above a paragraph opening "Deloitte’s").
     */
    static int withPossessiveSurname(String text, List<Word> words, int end, LanguageRules rules) {
        if (end >= words.size() || end == 0) {
            return end;
        }
        Word next = words.get(end);
        int gap = words.get(end - 1).end();
        if (next.start() != gap + 1 || text.charAt(gap) != ' ') {
            return end;
        }
        String surname = next.text();
        if (!next.capitalizedPossessive() || !next.properNoun()) {
            return end;
        }
        String base = surname.substring(0, surname.length() - 2).toLowerCase(Locale.ROOT);
        boolean notSurname = NameLists.shipped().placeOrganisationOrWord(base) || rules.organizationEnding(base)
                || rules.placeWords().contains(base) || rules.eventWords().contains(base) || rules.personCue(base)
                || rules.stop(base);
        return notSurname ? end : end + 1;
    }

    /**
     * The end of an English name whose last word the model left out because it is in the possessive ("Hong Kong's
     * history" gave "Hong", "Saudi Arabia's Civil Defense Authority" "Saudi", "Kevin De Bruyne's assist" "Kevin De"):
     * its training text splits the "'s" off, the tokenizer keeps it on. Taken, one space after the name, when the name
     * with that word's base is a gazetteer name or a listed place, organisation or person, so a name is completed and
     * never run on into an owner of its own ("Apple Google's").
     */
    static int withPossessiveWord(String text, List<Word> words, int begin, int end, Gazetteer gazetteer) {
        if (end >= words.size() || end == begin) {
            return end;
        }
        Word next = words.get(end);
        int gap = words.get(end - 1).end();
        if (!next.capitalizedPossessive() || next.start() != gap + 1 || text.charAt(gap) != ' ') {
            return end;
        }
        String name = text.substring(words.get(begin).start(), next.end() - 2).replace('’', '\'');
        String lower = name.toLowerCase(Locale.ROOT);
        boolean known = gazetteer.lookup(name).isPresent() || NameLists.shipped().placeOrOrganisation(lower)
                || NameLists.shipped().personName(lower);
        return known ? end + 1 : end;
    }

    /**
     * The end of a person's name with the generational suffix after it, which the model leaves out or makes a name of
     * its own: "Martin Luther King, Jr." (with the suffix's period).
     */
    static int withSuffix(List<Word> words, int end) {
        if (end + 1 < words.size() && words.get(end).text().equals(",")
                && GENERATIONS.contains(words.get(end + 1).text())) {
            Word suffix = words.get(end + 1);
            boolean period = end + 2 < words.size() && words.get(end + 2).text().equals(".")
                    && words.get(end + 2).start() == suffix.end();
            return end + (period ? 3 : 2);
        }
        return end;
    }

    /**
     * Whether the last word of a German person's name is the surname after a first name ("Karl Richter"), not a
     * common word the model ran on with ("Venus Besserung"): after a known first name, a word the
     * German dictionary knows only as a common word (no name among its readings, also in lower case) is none; an
     * unknown word or one it knows as a name is.
     */
    private static boolean germanSurname(List<Word> words, int at) {
        Word firstName = words.get(at - 1);
        if (!germanFirstName(firstName) || genitiveFirstName(firstName)) {
            return false;
        }
        // looked up in lower case too, as a sentence's first word is: "Werner Sehr geehrte ..." runs on into a letter
        GermanLexicon.WordClass kind = GermanLexicon.shipped().wordClass(words.get(at).text(), true);
        return kind == GermanLexicon.WordClass.NAME || kind == GermanLexicon.WordClass.UNKNOWN;
    }

    /**
     * Whether a German first name is in the genitive ("Kims Gesundheitszustand", "Olgas Mann"): the dictionary knows it
     * only so, and the name lists know it not as it is written, as a first name ("Hans", "Klaus" end in s too) or a
     * surname ("Jacobs W", a surname and an initial).
     */
    private static boolean genitiveFirstName(Word word) {
        String lower = word.text().toLowerCase(Locale.ROOT);
        return !NameLists.shipped().firstName(lower) && !NameLists.shipped().surname(lower)
                && GermanLexicon.shipped().genitiveFirstNameOnly(word.text());
    }

    /**
     * Whether a word of a German person's name is a known first name (the name lists' or the German dictionary's): the
     * word after it is the surname and the first name itself stays, even when the tagger calls either a common noun,
     * as it does most unknown capitalised words and surnames that are also nouns ("Karl Richter", "Kerstin Vogel",
     * "Brad Buetow"); only words before a first name or after the surname are roles or nouns ("Analyst Frank
     * Schwope", "Angela Merkels Regierung").
     */
    private static boolean germanFirstName(Word word) {
        return word.capitalized() && (NameLists.shipped().firstName(word.text().toLowerCase(Locale.ROOT))
                || GermanLexicon.shipped().nameKinds(word.text()).contains(GermanLexicon.NameKind.FIRST));
    }

    private static boolean common(Word word, boolean capitalsAreNames) {
        return COMMON.contains(word.pos()) && !(capitalsAreNames && word.capitalized());
    }
}
