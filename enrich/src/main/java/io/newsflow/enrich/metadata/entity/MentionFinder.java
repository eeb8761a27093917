package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds entity mentions in the words of one text with a language's rules and a gazetteer: gazetteer names first, then
 * runs of proper nouns typed by their own words (organisation and place words), by the words around them (titles,
 * roles, organisation nouns, a dateline, prepositions) and by their shape. Single unknown words are kept untyped:
 * they only count when they turn out to be an alias of a typed entity. Stateless; one instance per language.
 */
final class MentionFinder {
    /** An age in brackets after a name. */
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");


    private final LanguageRules rules;
    private final Gazetteer gazetteer;
    /**
     * Whether a capitalised word inside a sentence is a name whatever its tag (English, where only names are
     * capitalised), and whether a run that starts with an adjective ("Deutsche Sepsis-Hilfe") is an organisation
     * (German, where every noun is capitalised) rather than nothing.
     */
    private final boolean capitalsAreNames;

    MentionFinder(LanguageRules rules, Gazetteer gazetteer, boolean capitalsAreNames) {
        this.rules = rules;
        this.gazetteer = gazetteer;
        this.capitalsAreNames = capitalsAreNames;
    }

    /** Whether only names are capitalised in this language (English), not every noun (German). */
    boolean capitalsAreNames() {
        return capitalsAreNames;
    }

    /** The mentions in {@code text}, whose words are {@code words}; offsets are -1 when {@code title}. */
    List<Mention> find(String text, List<Word> words, boolean title) {
        List<Mention> mentions = new ArrayList<>();
        boolean titleCase = title && capitalsAreNames && titleCase(words);
        Context context = new Context(text, words, title, titleCase, capitalsAreNames && !titleCase, mentions);
        int i = 0;
        while (i < words.size()) {
            i = next(context, i);
        }
        return mentions;
    }

    /** What one call of {@link #find} works on. */
    private record Context(String text, List<Word> words, boolean title, boolean titleCase, boolean capitals,
            List<Mention> mentions) {
        Word word(int i) {
            return words.get(i);
        }

        boolean has(int i) {
            return i >= 0 && i < words.size();
        }

        String span(int start, int end) {
            return text.substring(words.get(start).start(), words.get(end - 1).end());
        }

        int offset(int i) {
            return title ? -1 : words.get(i).start();
        }
    }

    /**
     * A headline in title case ("Biden And Xi Agree To Restore Military Talks"): capitals say nothing there, and the
     * tagger calls most words proper nouns.
     */
    static boolean titleCase(List<Word> words) {
        int letters = 0;
        int capitalized = 0;
        for (Word word : words) {
            if (Character.isLetter(word.text().codePointAt(0))) {
                letters++;
                capitalized += word.capitalized() ? 1 : 0;
            }
        }
        return letters >= 4 && capitalized * 10 >= letters * 7;
    }

    /** Looks for a mention starting at word {@code i}; returns the index of the word after what it consumed. */
    private int next(Context c, int i) {
        Word word = c.word(i);
        if (!word.capitalized()) {
            return i + 1;
        }
        Optional<Gazetteer.Match> match = gazetteer.match(c.text(), c.words(), i, rules);
        if (match.isPresent()) {
            int end = runEnd(c, i, true);
            if (end > i + match.get().words() && extendsName(c, i + match.get().words(), end)) {
                c.mentions().add(classify(c, i, end, false));
                return end;
            }
            c.mentions().add(new Mention(c.span(i, i + match.get().words()), match.get().words(),
                    match.get().entry().id(), match.get().entry().type(), Mention.GAZETTEER, c.offset(i)));
            return i + match.get().words();
        }
        if (rules.personCue(word.text())) {
            if (word.hyphenated()) {
                compoundHead(c, i);
            }
            return i + 1;
        }
        if (rules.stop(word.text())) {
            return i + 1;
        }
        if (c.titleCase()) {
            // Every word is capitalised and tagged as a name: only gazetteer names and aliases of entities the body
            // establishes count, so each word is an untyped single.
            c.mentions().add(new Mention(word.text(), 1, null, null, Mention.NONE, c.offset(i)));
            return i + 1;
        }
        if (word.hyphenated() && !partOfName(c, i)) {
            compound(c, i);
            return i + 1;
        }
        if (titleOfRole(c, i)) {
            return i + 1;
        }
        boolean adjectiveStart = adjective(word) && c.has(i + 1) && (nameWord(c, c.word(i + 1))
                || entityWord(c.word(i + 1))) && !c.word(i + 1).sentenceStart();
        if (!word.properNoun() && !adjectiveStart && !nameWord(c, word)) {
            if (!word.sentenceStart() || word.acronym()) {
                c.mentions().add(single(c, i));
            }
            return i + 1;
        }
        int end = runEnd(c, i, false);
        c.mentions().add(classify(c, i, end, adjectiveStart));
        return end;
    }

    /**
     * Whether hyphenated word {@code i} stands next to another proper noun, as in "Kim Jong-Un" or "Leif-Eric Easley".
     */
    private boolean partOfName(Context c, int i) {
        return c.has(i + 1) && nameWord(c, c.word(i + 1)) && !c.word(i + 1).sentenceStart()
                || c.has(i - 1) && nameWord(c, c.word(i - 1)) && !c.word(i).sentenceStart();
    }

    private boolean nameWord(Context c, Word word) {
        return word.capitalized() && (word.properNoun() || c.capitals() && !word.sentenceStart())
                && !rules.stop(word.text()) && !rules.personCue(word.text());
    }

    private boolean adjective(Word word) {
        return word.adjective() || rules.adjective(word.text());
    }

    private boolean entityWord(Word word) {
        String lower = word.text().toLowerCase(Locale.ROOT);
        return word.capitalized() && (rules.organizationWords().contains(lower) || rules.placeWords().contains(lower));
    }

    /** A hyphenated compound: an organisation by its ending ("UN-Sicherheitsrat"), else a mention of its known head. */
    private void compound(Context c, int i) {
        Word word = c.word(i);
        if (rules.organizationEnding(word.text())) {
            c.mentions().add(new Mention(word.text(), 1, null, EntityType.ORGANIZATION, Mention.NAME_SHAPE,
                    c.offset(i)));
        } else if (!compoundHead(c, i) && word.properNoun()) {
            c.mentions().add(new Mention(word.text(), 1, null, null, Mention.NONE, c.offset(i)));
        }
    }

    /**
     * Adds the head of a compound ("CDU" in "CDU-Chef", "Ukraine" in "Ukraine-Krieg") when the gazetteer knows it, as
     * an untyped mention: it counts for the entity when the article names it on its own too, but a word part alone
     * makes no entity. Labelled text does not mark word parts as names (GermEval's ORGpart/LOCpart, UNER), and on the
     * TUNE sets "US" in "US-Präsident" or "SPD" in "SPD-Genossen" were the most frequent false positives.
     */
    private boolean compoundHead(Context c, int i) {
        Word word = c.word(i);
        String head = word.text().substring(0, word.text().indexOf('-', 1));
        Optional<Gazetteer.Entry> entry = gazetteer.lookup(head);
        entry.ifPresent(e -> c.mentions().add(new Mention(head, 1, e.id(), null, Mention.NONE, c.offset(i))));
        return entry.isPresent();
    }

    /**
     * End (exclusive) of the run of name words from {@code start}: proper nouns, organisation and place words, name
     * particles ("von der") before a proper noun, and connectors ("of", "für") once the run is an organisation's.
     * Stops at a gazetteer name after the first word unless {@code throughGazetteer} or the run is an organisation's.
     */
    private int runEnd(Context c, int start, boolean throughGazetteer) {
        int end = start + 1;
        boolean organization = rules.organizationWords().contains(lower(c.word(start)));
        while (c.has(end) && !c.word(end).sentenceStart()) {
            Word word = c.word(end);
            if (nameWord(c, word) || entityWord(word)) {
                if (!organization && !throughGazetteer && !entityWord(word)
                        && gazetteer.match(c.text(), c.words(), end, rules).isPresent()) {
                    break;
                }
                organization |= rules.organizationWords().contains(lower(word));
                end++;
            } else if (rules.particles().contains(word.text()) && followedByName(c, end)) {
                end++;
            } else if (organization && rules.connectors().contains(word.text()) && c.has(end + 1)
                    && (nameWord(c, c.word(end + 1)) || entityWord(c.word(end + 1)) || c.word(end + 1).capitalized())) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean followedByName(Context c, int i) {
        for (int j = i + 1; c.has(j) && j <= i + 2; j++) {
            if (nameWord(c, c.word(j))) {
                return true;
            }
            if (!rules.particles().contains(c.word(j).text())) {
                return false;
            }
        }
        return false;
    }

    /** "State" in "Secretary of State Antony Blinken": a name after a title and "of", before another name. */
    private boolean titleOfRole(Context c, int i) {
        return c.has(i - 2) && c.has(i + 1) && rules.connectors().contains(c.word(i - 1).text())
                && rules.personCue(c.word(i - 2).text()) && nameWord(c, c.word(i + 1));
    }

    /** Whether words {@code start..end} after a gazetteer name make it part of a longer name ("Japan Foundation"). */
    private boolean extendsName(Context c, int start, int end) {
        for (int i = start; i < end; i++) {
            if (entityWord(c.word(i)) || rules.organizationEnding(c.word(i).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOrganizationWord(Context c, int start, int end) {
        for (int i = start; i < end; i++) {
            if (rules.organizationEnding(c.word(i).text())) {
                return true;
            }
        }
        return false;
    }

    private Mention classify(Context c, int start, int end, boolean adjectiveStart) {
        String surface = c.span(start, end);
        int count = end - start;
        int offset = c.offset(start);
        Word last = c.word(end - 1);
        for (int i = start; i < end; i++) {
            if (rules.eventWords().contains(lower(c.word(i)))) {
                return new Mention(surface, count, null, null, Mention.NONE, offset);
            }
        }
        boolean titled = titled(c, start);
        if (!titled && (count > 1 && rules.placeWords().contains(lower(last)) || rules.placeEnding(last.text()))) {
            return new Mention(surface, count, null, EntityType.LOCATION, Mention.NAME_SHAPE, offset);
        }
        if (count > 1 && hasOrganizationWord(c, start, end)) {
            return new Mention(surface, count, null, EntityType.ORGANIZATION, Mention.NAME_SHAPE, offset);
        }
        Mention cued = cued(c, start, end, surface);
        if (cued != null) {
            return cued;
        }
        if (adjectiveStart) {
            return new Mention(surface, count, null, capitalsAreNames ? null : EntityType.ORGANIZATION,
                    capitalsAreNames ? Mention.NONE : Mention.SHAPE, offset);
        }
        if (count > 1) {
            return new Mention(surface, count, null, EntityType.PERSON, Mention.SHAPE, offset);
        }
        return single(c, start);
    }

    /** A type from the words around a run: a dateline, an organisation noun, a title or role; null when none. */
    private Mention cued(Context c, int start, int end, String surface) {
        int count = end - start;
        int offset = c.offset(start);
        Word before = c.has(start - 1) ? c.word(start - 1) : null;
        if (dateline(c, start, end)) {
            return new Mention(surface, count, null, EntityType.LOCATION, Mention.CUE, offset);
        }
        if (before != null && rules.containsBase(rules.organizationCues(), before.text())) {
            return new Mention(surface, count, null, EntityType.ORGANIZATION, Mention.CUE, offset);
        }
        if (titled(c, start) || personAfter(c, end)) {
            return new Mention(surface, count, null, EntityType.PERSON, Mention.CUE, offset);
        }
        return null;
    }

    /**
     * Whether a title or role stands before word {@code i}, also an abbreviated one whose period the tokenizer split
     * off: "Mr. Comey" is "Mr", ".", "Comey" (unless the period ended a sentence: "…met the Mayor. Comey…").
     */
    private boolean titled(Context c, int i) {
        if (!c.has(i - 1)) {
            return false;
        }
        Word before = c.word(i - 1);
        if (before.text().equals(".") && !c.word(i).sentenceStart() && c.has(i - 2)
                && c.word(i - 2).end() == before.start()) {
            before = c.word(i - 2);
        }
        return rules.personCue(before.text());
    }

    /** The first words of a body, before a dash or a comma: "Cochem – Nach tagelangem Regen…", "Austin, Texas –". */
    private boolean dateline(Context c, int start, int end) {
        return !c.title() && start == 0 && c.has(end) && (c.word(end).dash() || c.word(end).text().equals(","));
    }

    /** A single word: an acronym is an organisation; otherwise typed only weakly by its neighbours, if at all. */
    private Mention single(Context c, int i) {
        Word word = c.word(i);
        int offset = c.offset(i);
        Word before = c.has(i - 1) ? c.word(i - 1) : null;
        Word after = c.has(i + 1) ? c.word(i + 1) : null;
        if (rules.placeEnding(word.text())) {
            return new Mention(word.text(), 1, null, EntityType.LOCATION, Mention.NAME_SHAPE, offset);
        }
        Mention cued = word.properNoun() ? cued(c, i, i + 1, word.text()) : null;
        if (cued != null) {
            return cued;
        }
        if (word.acronym()) {
            return new Mention(word.text(), 1, null, EntityType.ORGANIZATION, Mention.SHAPE, offset);
        }
        if (word.properNoun() && (before != null && rules.speechVerbs().contains(lower(before))
                || after != null && rules.speechVerbs().contains(lower(after)))) {
            return new Mention(word.text(), 1, null, EntityType.PERSON, Mention.WEAK, offset);
        }
        if (word.properNoun() && (before != null && rules.placeCues().contains(before.text())
                || coordinatedWithPlace(c, i))) {
            return new Mention(word.text(), 1, null, EntityType.LOCATION, Mention.WEAK, offset);
        }
        return new Mention(word.text(), 1, null, null, Mention.NONE, offset);
    }

    /** "in Leipzig und Erlangen": a single name joined by "und", "and" or a comma to the place just before. */
    private boolean coordinatedWithPlace(Context c, int i) {
        if (!c.has(i - 2) || c.mentions().isEmpty()) {
            return false;
        }
        String joint = c.word(i - 1).text();
        Mention previous = c.mentions().get(c.mentions().size() - 1);
        boolean adjacent = c.title() || previous.offset() + previous.surface().length() == c.word(i - 2).end();
        return (joint.equals(",") || rules.connectors().contains(joint)) && adjacent
                && previous.type() == EntityType.LOCATION;
    }

    /** A comma and a title or role after a name ("Easley, Professor für…"), or an age in brackets ("Müller (45)"). */
    private boolean personAfter(Context c, int end) {
        if (!c.has(end + 1)) {
            return false;
        }
        String next = c.word(end).text();
        Word then = c.word(end + 1);
        return next.equals(",") && rules.personCue(then.text())
                || next.equals("(") && AGE.matcher(then.text()).matches();
    }

    private static String lower(Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }
}
