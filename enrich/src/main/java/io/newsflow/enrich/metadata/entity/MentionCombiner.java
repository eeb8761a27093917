package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Joins the name model's names with the rules' mentions of one text. The model decides where a name is and, unless the
 * gazetteer knows the name, its type; rule mentions it does not cover stay only with evidence beyond shape: a
 * gazetteer name, an organisation or place word in the name, a cue word next to it. Shape alone (an all-caps word, a
 * run of capitalised words, a capitalised German noun) is no evidence. Untyped rule mentions stay: they count only as
 * aliases of a typed entity ("Scholz" after "Olaf Scholz").
 */
final class MentionCombiner {

    /** Evidence a rule mention needs to stand next to the model's names. */
    static final int RULE_EVIDENCE = Mention.CUE;

    /** Parts of speech a one-word name never has. */
    private static final Set<String> NOT_NAMES = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "VERB", "ADV",
            "PART", "PUNCT", "NUM");

    /** Generational suffixes after a name and a comma: "Martin Luther King, Jr."; {@link EntityMerger} keys them. */
    static final Set<String> GENERATIONS = Set.of("Jr", "Sr", "jr", "sr");

    /** Parts of speech before a single word that make it no lone person's name: "the Church", "22 Jan". */
    private static final Set<String> LISTED_PERSON_NOT_AFTER = Set.of("DET", "NUM");

    /** Parts of speech after a single word that make it no lone person's name: "French toast", "Day 1". */
    private static final Set<String> LISTED_PERSON_NOT_BEFORE = Set.of("NOUN", "NUM");

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

    /** The era marks before "Chr.": "v. Chr.", "n. Chr." (before and after Christ), no person. */
    private static final Set<String> ERA_MARKS = Set.of("v.", "n.");

    private MentionCombiner() {
    }

    /**
     * The mentions of one text.
     *
     * @param capitalsAreNames whether only names are capitalised in the language (English), so that a capitalised
     *     word the tagger calls a noun may still be part of a name; in German every noun is capitalised
     */
    static List<Mention> combine(String text, List<Word> words, boolean title, List<Mention> found,
            List<NameModel.Name> names, Gazetteer gazetteer, LanguageRules rules, boolean capitalsAreNames) {
        List<Mention> combined = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        Set<String> cuedOrganisations = cuedOrganisations(found);
        Set<String> personWords = capitalsAreNames ? Set.of() : personWords(words, names);
        boolean[] labelLine = capitalsAreNames && !title ? LabelLines.of(text, words) : null;
        int taken = 0;
        for (NameModel.Name name : splitCoordinated(words, capitalsAreNames
                ? splitPossessive(words, names, gazetteer, rules) : GenitiveOwners.split(words, names, gazetteer, rules))) {
            int begin = name.first();
            int end = nameEnd(text, words, name);
            if (begin < taken) {
                continue; // the "Jr" of "Martin Luther King, Jr.", which the name before it took
            }
            EntityType modelType = !capitalsAreNames && organisationHead(words, begin, end, rules)
                    ? EntityType.ORGANIZATION : name.type();
            if (modelType == EntityType.PERSON) {
                // A person's name is proper nouns: "Lauterbachs Sprecher" is Lauterbach's, "Analyst Frank Schwope" Schwope.
                while (end - begin > 1 && common(words.get(end - 1), capitalsAreNames)
                        && (capitalsAreNames || !germanSurname(words, end - 1))) {
                    end--;
                }
                while (end - begin > 1 && (common(words.get(begin), capitalsAreNames)
                        && (capitalsAreNames || !germanFirstName(words.get(begin)))
                        || rules.personTitles().contains(words.get(begin).text().toLowerCase(Locale.ROOT))
                        || !capitalsAreNames && GermanNouns.roleCompound(words.get(begin), rules, true))) {
                    begin++; // "Herrn Comey" is Comey, "USA-Kenner Thomas Jäger" Thomas Jäger
                }
                end = end == name.end() ? withSuffix(words, end) : end;
            }
            if (end - begin == 1 && (notAName(words, begin, rules)
                    || !capitalsAreNames && GermanNouns.roleCompound(words.get(begin), rules, false))
                    || eraMark(words, begin, end)
                    || lettersOnly(words.subList(begin, end).stream().map(Word::text).toList())) {
                continue;
            }
            Word first = words.get(begin);
            Word last = words.get(end - 1);
            if (capitalsAreNames && event(text, words, begin, end, name.type(), gazetteer, rules)) {
                // An event, award or treaty is no entity of ours ("Davis Cup", "Suez Crisis"), nor is a name inside
                // it: the place in "Paris Agreement" is not mentioned as a place.
                covered.add(new int[] {first.start(), last.end()});
                taken = end;
                continue;
            }
            String surface = text.substring(first.start(), last.end());
            int count = end - begin;
            int offset = title ? -1 : first.start();
            Optional<Gazetteer.Entry> entry = gazetteer.lookup(surface);
            if (entry.isEmpty() && count == 1 && !capitalsAreNames) {
                entry = capitalsPlace(surface, gazetteer);
            }
            if (entry.isEmpty() && !capitalsAreNames && !first.acronym()) {
                entry = genitiveOf(surface, gazetteer, rules);
            }
            EntityType type = count == 1 && modelType == EntityType.PERSON
                    ? oneWordPersonType(first, cuedOrganisations.contains(at(offset, surface)))
                    : capitalsAreNames && entry.isEmpty() && FirstNameStart.person(words, begin, end, rules)
                            ? EntityType.PERSON : modelType;
            if (entry.isEmpty() && count == 1 && type == EntityType.PERSON && !capitalsAreNames
                    && (commonGermanWord(first) || GermanNouns.compoundNoun(first)
                            || lowerCaseOnly(first, personWords))) {
                continue;
            }
            if (entry.isEmpty() && labelLine != null && labelLine[begin]
                    && !LabelLines.knownName(words, begin, end, type, rules)) {
                // On a heading, list item or label every word is capitalised: the name counts only as an alias of
                // a name the running text gives a type ("Pros & Cons", "Key Takeaways" name nothing).
                combined.add(new Mention(surface, count, null, null, Mention.NONE, offset));
            } else {
                combined.add(entry.map(e -> new Mention(surface, count, e.id(), e.type(), Mention.GAZETTEER, offset))
                        .orElseGet(() -> new Mention(surface, count, null, type, Mention.MODEL, offset)));
            }
            covered.add(new int[] {first.start(), last.end()});
            taken = end;
        }
        for (Mention mention : found) {
            int[] span = span(text, words, mention, title);
            boolean overlaps = span == null || covered.stream().anyMatch(c -> c[0] < span[1] && span[0] < c[1]);
            boolean evidence = mention.type() == null || mention.evidence() >= RULE_EVIDENCE;
            Mention kept = evidence || overlaps ? mention : BracketAcronyms.organisation(words, mention, combined);
            if (!overlaps && kept != null && !lettersOnly(List.of(kept.surface().split(" ")))) {
                combined.add(capitalsAreNames && !title
                        ? listedPerson(words, possessivePerson(words, labelOrganisation(words, labelLine, kept), rules))
                        : kept);
            }
        }
        return combined;
    }

    /**
     * The names the rules call organisations from the word before them ("Söldnertruppe Wagner", "Konzern Porsche"),
     * by {@link #at} offset and surface: a cue outranks the model ({@link Mention#CUE} is above {@link Mention#MODEL}),
     * which takes a one-word name that is also a surname for a person.
     */
    private static Set<String> cuedOrganisations(List<Mention> found) {
        Set<String> organisations = new HashSet<>();
        for (Mention mention : found) {
            if (mention.type() == EntityType.ORGANIZATION && mention.evidence() == Mention.CUE) {
                organisations.add(at(mention.offset(), mention.surface()));
            }
        }
        return organisations;
    }

    private static String at(int offset, String surface) {
        return offset + "\t" + surface;
    }

    /**
     * The gazetteer place a one-word name written in capitals names ("BERLIN taz –", "WASHINGTON:"): datelines and
     * headings write places in capitals, which the model reads as an acronym's, an organisation's. Four letters at
     * least: shorter capitals are acronyms more often than places.
     */
    private static Optional<Gazetteer.Entry> capitalsPlace(String surface, Gazetteer gazetteer) {
        if (surface.length() < 4 || !surface.chars().allMatch(Character::isUpperCase)) {
            return Optional.empty();
        }
        return gazetteer.lookup(surface.charAt(0) + surface.substring(1).toLowerCase(Locale.ROOT))
                .filter(e -> e.type() == EntityType.LOCATION);
    }

    /**
     * The gazetteer name a German {@code surface} is the genitive of ("Floridas", "Russlands", "Weißen Hauses"), as
     * the gazetteer matches the rules' names: the model finds a name in the genitive as often as in any other case,
     * and unmatched it stayed an entity apart from its base form ("Syriens" beside "Syrien") or took the model's type
     * ("Nordamerikas" a person). Not in English, where the possessive is split off first and a name with one left on
     * is more often the owner in another role (UNER labels "Hong Kong" in "Hong Kong's High Court" an organisation).
     */
    private static Optional<Gazetteer.Entry> genitiveOf(String surface, Gazetteer gazetteer, LanguageRules rules) {
        String base = rules.stripGenitive(surface);
        return base.equals(surface) ? Optional.empty() : gazetteer.lookup(base);
    }

    /**
     * Whether a German name of several words ends in an organisation word ("Leopold Stocker Verlag", "Ulmer Theater",
     * "Roger Douglas Associates", "Addiopizzo-Komitee"): a German name phrase is head-final, so its last word says what
     * it names, whatever type the model read from the words before it (a person's or a place's name).
     */
    private static boolean organisationHead(List<Word> words, int begin, int end, LanguageRules rules) {
        if (end - begin < 2) {
            return false;
        }
        // A cue after a function word is where the model ran on past the name ("Heath Pearce von Zweitligist"); after
        // a first name the word is a surname ("Peter Kammer").
        Word last = words.get(end - 1);
        Word before = words.get(end - 2);
        return last.capitalized() && before.capitalized()
                && !NameLists.shipped().firstNameOnly(before.text().toLowerCase(Locale.ROOT))
                && (rules.organizationEnding(last.text())
                        || rules.organizationCues().contains(last.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * A one-word name the model calls a person's is an organisation's when a cue before it says so ({@code cued}:
     * "Söldnertruppe Wagner") or the lists know the word only as one ("Rheinmetall bestätigte …"): the model reads a
     * company acting like a person, or one named like a person, as one.
     */
    private static EntityType oneWordPersonType(Word word, boolean cued) {
        return cued || NameLists.shipped().onlyOrganisation(word.text().toLowerCase(Locale.ROOT))
                ? EntityType.ORGANIZATION : EntityType.PERSON;
    }

    /**
     * Whether a one-word German person's name is a common word: one the German dictionary knows and never as a name
     * ("Vögel", "Sauna", "Leasing"), nor as a masculine singular noun (many surnames are: "Fiedler", "Zöllner"), and
     * no list knows as a first name, surname or person ("Koch", "Wolf"). German capitalises every noun; the model
     * takes a noun in a person's place ("Vögel fühlen Schmerz") for a person. Places and organisations keep theirs:
     * the dictionary has countries ("Türkei", "DDR") and bodies ("Bundeswehr") among its common nouns.
     */
    private static boolean commonGermanWord(Word word) {
        return !NameLists.shipped().personName(word.text().toLowerCase(Locale.ROOT))
                && GermanLexicon.shipped().commonWordNoSurname(word.text());
    }

    /**
     * Whether the dictionary knows {@code word} only in lower case: an adverb, verb or adjective capitalised at a
     * sentence's start or used as a noun ("Irgendwann", "Nimm", "Ältere"), which the model, trained on few such
     * sentence starts, calls a person; unless no list knows it as a person's name or the text has it in a longer
     * person's name ({@code personWords}: "Matter" after "Thomas Matter", "Kauert" after "Steffen Kauert").
     */
    private static boolean lowerCaseOnly(Word word, Set<String> personWords) {
        GermanLexicon lexicon = GermanLexicon.shipped();
        return !personWords.contains(word.text())
                && !NameLists.shipped().personName(word.text().toLowerCase(Locale.ROOT))
                && lexicon.wordClass(word.text(), false) == GermanLexicon.WordClass.UNKNOWN
                && lexicon.wordClass(word.text(), true) == GermanLexicon.WordClass.WORD;
    }

    /** The words of the model's person names of more than one word. */
    private static Set<String> personWords(List<Word> words, List<NameModel.Name> names) {
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
    private static boolean event(String text, List<Word> words, int begin, int end, EntityType type,
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

    /** Whether {@code word} is a listed first name and no listed place, organisation or word ("Carrie", not "Paris"). */
    private static boolean onlyFirstName(Word word) {
        String lower = word.text().toLowerCase(Locale.ROOT);
        return NameLists.shipped().firstName(lower) && !NameLists.shipped().placeOrganisationOrWord(lower);
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
    private static List<NameModel.Name> splitPossessive(List<Word> words, List<NameModel.Name> names,
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
        String text = word.text();
        if (text.length() <= 3 || !(text.endsWith("'s") || text.endsWith("’s")) || !word.capitalized()) {
            return false;
        }
        String base = rules.stripGenitive(text.replace('’', '\''));
        String lower = base.toLowerCase(Locale.ROOT);
        return (word.properNoun() || gazetteer.lookup(base).isPresent())
                && !NameLists.shipped().commonWord(lower) && !NameLists.shipped().firstNameOnly(lower);
    }

    /**
     * The names with a person's name that joins two names by a conjunction split in two: "Edward IV and Richard III",
     * "Aoun und Hariri" are two people each. The model, which sees names side by side rarely, sometimes runs them
     * together; a person's own name has no conjunction in it.
     */
    private static List<NameModel.Name> splitCoordinated(List<Word> words, List<NameModel.Name> names) {
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

    /**
     * An untyped single name in the possessive inside an English sentence ("Kipling's need", "Doss's feats") as a
     * person's, when no list knows it as a place, organisation or common word and no capitalised word before it makes
     * it the end of a longer name ("PC World's"): places and organisations in the possessive are mostly known ones,
     * which the gazetteer already types, and the model misses lone surnames.
     */
    private static Mention possessivePerson(List<Word> words, Mention mention, LanguageRules rules) {
        String surface = mention.surface();
        if (mention.type() != null || mention.words() != 1 || !(surface.endsWith("'s") || surface.endsWith("’s"))
                || surface.length() < 5) {
            return mention;
        }
        int at = wordAt(words, mention.offset());
        if (at < 0) {
            return mention;
        }
        Word word = words.get(at);
        String base = surface.substring(0, surface.length() - 2);
        if (word.sentenceStart() || !word.properNoun() || word.acronym()
                || at > 0 && words.get(at - 1).capitalized() || rules.stop(base)
                || NameLists.shipped().placeOrganisationOrWord(base.toLowerCase(Locale.ROOT))) {
            return mention;
        }
        return new Mention(surface, 1, null, EntityType.PERSON, Mention.WEAK, mention.offset());
    }

    /**
     * An untyped single proper noun the model missed as a person's when the lists know it only as a first name or
     * surname ("Winstone met his wife", "partner Egan on"): the model misses lone names it has not seen. Not after an
     * article ("the Church"), a dash or a number ("10th Street"), nor before a capitalised word, a noun or a number, where the word
     * is part of a longer name ("Palm Sunday"), modifies the noun ("French television") or is part of a date ("22 Jan",
     * "Day 1"); a sentence's first word before an article is an imperative verb ("Trace the lines").
     */
    private static Mention listedPerson(List<Word> words, Mention mention) {
        if (mention.type() != null || mention.words() != 1) {
            return mention;
        }
        int at = wordAt(words, mention.offset());
        if (at < 0 || !words.get(at).properNoun() || words.get(at).acronym()
                || at > 0 && (LISTED_PERSON_NOT_AFTER.contains(words.get(at - 1).pos())
                        || Character.isDigit(words.get(at - 1).text().charAt(0)))
                || at > 0 && words.get(at - 1).dash()
                || at + 1 < words.size() && !words.get(at + 1).sentenceStart() && (words.get(at + 1).capitalized()
                        || LISTED_PERSON_NOT_BEFORE.contains(words.get(at + 1).pos())
                        || words.get(at).sentenceStart() && words.get(at + 1).pos().equals("DET"))
                || !NameLists.shipped().onlyPersonName(mention.surface().toLowerCase(Locale.ROOT))) {
            return mention;
        }
        return new Mention(mention.surface(), 1, null, EntityType.PERSON, Mention.WEAK, mention.offset());
    }

    /**
     * An organisation named by its organisation word on a label line, untyped when its first word is a common word
     * ("Moving Company", "Fine Dining Service" as headings): a heading capitalises the words before a generic head
     * noun, so the run names a kind of business, not one; it still counts as an alias of a name the running text types.
     */
    private static Mention labelOrganisation(List<Word> words, boolean[] labelLine, Mention mention) {
        if (mention.type() != EntityType.ORGANIZATION || mention.evidence() != Mention.NAME_SHAPE
                || mention.words() < 2) {
            return mention;
        }
        int at = wordAt(words, mention.offset());
        if (at < 0 || !labelLine[at] || !NameLists.shipped().commonWord(words.get(at).text().toLowerCase(Locale.ROOT))) {
            return mention;
        }
        return new Mention(mention.surface(), mention.words(), null, null, Mention.NONE, mention.offset());
    }

    /** The index of the word starting at {@code offset}, or -1 (words are in text order). */
    static int wordAt(List<Word> words, int offset) {
        int low = 0;
        int high = words.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = words.get(middle).start();
            if (start == offset) {
                return middle;
            }
            if (start < offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /**
     * The end of a person's name with the generational suffix after it, which the model leaves out or makes a name of
     * its own: "Martin Luther King, Jr." (with the suffix's period).
     */
    private static int withSuffix(List<Word> words, int end) {
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
     * Whether a one-word name is none: a word the tagger calls a pronoun, verb or the like ("He", "They", "Er" at a
     * sentence start: capitalised, but the tagger knows better), a stop word or title of the rules ("König" before
     * the king's name, "Herr"), or a word the rules list as never a name (German informal "Du", "Dir").
     */
    private static boolean notAName(List<Word> words, int at, LanguageRules rules) {
        Word word = words.get(at);
        String lower = word.text().toLowerCase(Locale.ROOT);
        return NOT_NAMES.contains(word.pos()) || rules.stop(word.text()) || rules.personTitles().contains(lower)
                || rules.notNames().contains(lower);
    }

    /**
     * Whether a name's words are bare single letters: "X X X" in a table, a lone "S" or "A" (a list item, a grade).
     * An initial with its period stays: German reports shorten a private person's name to "Lutz S." and then "S.".
     */
    private static boolean lettersOnly(List<String> words) {
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
    private static boolean eraMark(List<Word> words, int begin, int end) {
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
     * Whether a word of a German person's name is a known first name (the name lists' or the German dictionary's): the
     * word after it is the surname and the first name itself stays, even when the tagger calls either a common noun,
     * as it does most unknown capitalised words and surnames that are also nouns ("Karl Richter", "Kerstin Vogel",
     * "Brad Buetow"); only words before a first name or after the surname are roles or nouns ("Analyst Frank
     * Schwope", "Angela Merkels Regierung").
     */
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

    private static boolean germanFirstName(Word word) {
        return word.capitalized() && (NameLists.shipped().firstName(word.text().toLowerCase(Locale.ROOT))
                || GermanLexicon.shipped().nameKinds(word.text()).contains(GermanLexicon.NameKind.FIRST));
    }

    private static boolean common(Word word, boolean capitalsAreNames) {
        return COMMON.contains(word.pos()) && !(capitalsAreNames && word.capitalized());
    }

    /**
     * Where a name ends: at a dash or other punctuation inside it ("Berlin – Der Goldene Bär" is "Berlin"), at an
     * opening quote (the "Loriot" of "ARD-Doku „Loriot“" is the title of the documentary, a name of its own), and
     * before the function words and symbols the model ran on with ("Proceedings of", "Caritasverbandes und",
     * "München /").
     */
    private static int nameEnd(String text, List<Word> words, NameModel.Name name) {
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

    /** The character span of a rule mention; title mentions carry no offset, so they are found by their words. */
    private static int[] span(String text, List<Word> words, Mention mention, boolean title) {
        if (!title) {
            return new int[] {mention.offset(), mention.offset() + mention.surface().length()};
        }
        int at = text.indexOf(mention.surface());
        return at < 0 ? null : new int[] {at, at + mention.surface().length()};
    }
}
