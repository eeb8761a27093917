package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds entity mentions in the words of one text with a language's rules and a gazetteer: gazetteer names first, then
 * runs of proper nouns typed by their own words (organisation and place endings), by the words around them (titles,
 * roles, organisation nouns, prepositions) and by their shape. Single unknown words are kept untyped: they only
 * count when they turn out to be an alias of a typed entity. Stateless; one instance per language.
 */
final class MentionFinder {

    private final LanguageRules rules;
    private final Gazetteer gazetteer;

    MentionFinder(LanguageRules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    /** The mentions in {@code text}, whose words are {@code words}; offsets are -1 when {@code title}. */
    List<Mention> find(String text, List<Word> words, boolean title) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            i = next(text, words, i, title, mentions);
        }
        return mentions;
    }

    /** Looks for a mention starting at word {@code i}; returns the index of the word after what it consumed. */
    private int next(String text, List<Word> words, int i, boolean title, List<Mention> mentions) {
        Word word = words.get(i);
        if (!word.capitalized()) {
            return i + 1;
        }
        Optional<Gazetteer.Match> match = gazetteer.match(text, words, i, rules);
        if (match.isPresent()) {
            Word last = words.get(i + match.get().words() - 1);
            mentions.add(new Mention(text.substring(word.start(), last.end()), match.get().words(),
                    match.get().entry().id(), match.get().entry().type(), Mention.GAZETTEER, offset(word, title)));
            return i + match.get().words();
        }
        if (rules.stop(word.text()) || rules.personCue(word.text()) && !word.hyphenated()) {
            return i + 1;
        }
        if (word.hyphenated() && !partOfName(words, i)) {
            compound(text, word, title, mentions);
            return i + 1;
        }
        if (!word.properNoun()) {
            if (!word.sentenceStart() || word.acronym()) {
                mentions.add(single(words, i, title));
            }
            return i + 1;
        }
        int end = runEnd(text, words, i);
        mentions.add(classify(text, words, i, end, title));
        return end;
    }

    /** Whether hyphenated word {@code i} stands next to another proper noun, as in "Kim Jong-Un" or "Leif-Eric Easley". */
    private boolean partOfName(List<Word> words, int i) {
        return i + 1 < words.size() && nameWord(words.get(i + 1)) && !words.get(i + 1).sentenceStart()
                || i > 0 && nameWord(words.get(i - 1)) && !words.get(i).sentenceStart();
    }

    private boolean nameWord(Word word) {
        return word.capitalized() && word.properNoun() && !rules.stop(word.text()) && !rules.personCue(word.text());
    }

    /** A hyphenated compound: an organisation by its ending ("UN-Sicherheitsrat"), else a mention of its known head. */
    private void compound(String text, Word word, boolean title, List<Mention> mentions) {
        int hyphen = word.text().indexOf('-', 1);
        if (rules.organizationEnding(word.text())) {
            mentions.add(new Mention(word.text(), 1, null, EntityType.ORGANIZATION, Mention.NAME_SHAPE,
                    offset(word, title)));
            return;
        }
        String head = word.text().substring(0, hyphen);
        Optional<Gazetteer.Entry> entry = gazetteer.lookup(head);
        if (entry.isPresent()) {
            mentions.add(new Mention(head, 1, entry.get().id(), entry.get().type(), Mention.GAZETTEER,
                    offset(word, title)));
        } else if (word.properNoun()) {
            mentions.add(new Mention(word.text(), 1, null, null, Mention.NONE, offset(word, title)));
        }
    }

    /** End (exclusive) of the run of name words from {@code start}, stopping at a gazetteer name after the first. */
    private int runEnd(String text, List<Word> words, int start) {
        int end = start + 1;
        boolean organization = rules.organizationWords().contains(lower(words.get(start)));
        while (end < words.size()) {
            Word word = words.get(end);
            if (word.sentenceStart()) {
                break;
            }
            if (nameWord(word) || word.capitalized() && rules.organizationWords().contains(lower(word))) {
                if (!organization && gazetteer.match(text, words, end, rules).isPresent()) {
                    break;
                }
                organization |= rules.organizationWords().contains(lower(word));
                end++;
            } else if (rules.connectors().contains(word.text()) && end + 1 < words.size()
                    && nameWord(words.get(end + 1)) && !words.get(end + 1).sentenceStart()) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private Mention classify(String text, List<Word> words, int start, int end, boolean title) {
        Word first = words.get(start);
        Word last = words.get(end - 1);
        String surface = text.substring(first.start(), last.end());
        int count = end - start;
        int offset = offset(first, title);
        Word before = start > 0 ? words.get(start - 1) : null;
        if (count > 1 && (rules.organizationEnding(last.text())
                || rules.organizationWords().contains(lower(first)))) {
            return new Mention(surface, count, null, EntityType.ORGANIZATION, Mention.NAME_SHAPE, offset);
        }
        if (count > 1 && rules.placeWords().contains(lower(last))) {
            return new Mention(surface, count, null, EntityType.LOCATION, Mention.NAME_SHAPE, offset);
        }
        if (before != null && rules.organizationCues().contains(lower(before))) {
            return new Mention(surface, count, null, EntityType.ORGANIZATION, Mention.CUE, offset);
        }
        if (before != null && rules.personCue(before.text()) || personAfter(words, end)) {
            return new Mention(surface, count, null, EntityType.PERSON, Mention.CUE, offset);
        }
        if (count > 1) {
            return new Mention(surface, count, null, EntityType.PERSON, Mention.SHAPE, offset);
        }
        return single(words, start, title);
    }

    /** A single word: an acronym is an organisation; otherwise typed only weakly by its neighbours, if at all. */
    private Mention single(List<Word> words, int i, boolean title) {
        Word word = words.get(i);
        int offset = offset(word, title);
        Word before = i > 0 ? words.get(i - 1) : null;
        Word after = i + 1 < words.size() ? words.get(i + 1) : null;
        if (before != null && rules.personCue(before.text()) && word.properNoun()) {
            return new Mention(word.text(), 1, null, EntityType.PERSON, Mention.CUE, offset);
        }
        if (word.acronym()) {
            return new Mention(word.text(), 1, null, EntityType.ORGANIZATION, Mention.SHAPE, offset);
        }
        if (before != null && rules.organizationCues().contains(lower(before)) && word.properNoun()) {
            return new Mention(word.text(), 1, null, EntityType.ORGANIZATION, Mention.CUE, offset);
        }
        if (word.properNoun() && (before != null && rules.speechVerbs().contains(lower(before))
                || after != null && rules.speechVerbs().contains(lower(after)))) {
            return new Mention(word.text(), 1, null, EntityType.PERSON, Mention.WEAK, offset);
        }
        if (word.properNoun() && before != null && rules.placeCues().contains(before.text())) {
            return new Mention(word.text(), 1, null, EntityType.LOCATION, Mention.WEAK, offset);
        }
        return new Mention(word.text(), 1, null, null, Mention.NONE, offset);
    }

    /** A comma and a title or role after a name ("Easley, Professor für…"), or an age in brackets ("Müller (45)"). */
    private boolean personAfter(List<Word> words, int end) {
        if (end + 1 >= words.size()) {
            return false;
        }
        String next = words.get(end).text();
        Word then = words.get(end + 1);
        return next.equals(",") && rules.personCue(then.text()) || next.equals("(") && then.text().matches("\\d{1,3}");
    }

    private static int offset(Word word, boolean title) {
        return title ? -1 : word.start();
    }

    private static String lower(Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }
}
