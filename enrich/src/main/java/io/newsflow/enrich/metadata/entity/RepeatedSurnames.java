package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Later mentions of a person by one name alone, after the text named the person in full ("Angela Merkel … Merkel
 * said", "Jane Tarlo … says Tarlo"). The name model sees one sentence's words and misses many of these lone names,
 * which the sentence alone does not tell from a common word; the text does. Each such word becomes an untyped mention,
 * which {@link EntityMerger} merges into the person whose name it is (and drops when there is none).
 *
 * <p>Precision first: only a capitalised word no other mention covers, after the full name, standing alone (no
 * capitalised proper noun next to it: "Watson" in "IBM Watson Studio" is part of another name), not in capitals, not
 * after an article ("der Richter" is a judge), not of a word class names do not have ("Will he …?"), not a common
 * word of the language (English "Price", "Rose"; German "Blume"), not a first name two persons of the text share, and
 * not a word the text also gives another type ("Paris" the city).
 */
final class RepeatedSurnames {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The word classes the English tagger gives surnames it does not know. */
    private static final Set<String> GUESSED_CLASSES = Set.of("VERB", "PRON");

    private RepeatedSurnames() {
    }

    /**
     * The untyped mentions to add to {@code mentions}, the mentions of the body text {@code words} are of (in any
     * order).
     *
     * @param english whether the text is English, where only names are capitalised; in German every noun is
     */
    static List<Mention> added(List<Word> words, List<Mention> mentions, LanguageRules rules, boolean english) {
        Map<String, Integer> names = personNames(mentions, rules);
        if (names.isEmpty()) {
            return List.of();
        }
        Set<String> otherTypes = oneWordOtherTypes(mentions, rules);
        List<Mention> added = new ArrayList<>();
        List<int[]> covered = covered(mentions);
        int next = 0; // the first covered span not ending before the word
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (!word.capitalized()) {
                continue;
            }
            String name = name(word);
            String key = key(name, rules);
            Integer after = names.get(key);
            if (after == null || word.start() < after || otherTypes.contains(key)) {
                continue;
            }
            while (next < covered.size() && covered.get(next)[1] <= word.start()) {
                next++;
            }
            boolean isCovered = next < covered.size() && covered.get(next)[0] < word.start() + name.length();
            if (!isCovered && !name.equals(name.toUpperCase(Locale.ROOT)) && alone(words, i, rules, english)
                    && !ambiguous(words, i, rules, english)) {
                added.add(new Mention(name, 1, null, null, Mention.NONE, word.start()));
            }
        }
        return added;
    }

    /**
     * The first and last names of the persons named with more than one word, by {@link #key}, each with the offset
     * after the first full mention: a lone name counts only after it. A first name two persons share names neither.
     */
    private static Map<String, Integer> personNames(List<Mention> mentions, LanguageRules rules) {
        Map<String, Integer> names = new HashMap<>();
        Map<String, String> firstNameOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.type() != EntityType.PERSON || mention.words() < 2 || mention.offset() < 0) {
                continue;
            }
            String[] parts = WHITESPACE.split(mention.surface());
            int last = parts.length - 1;
            if (last > 1 && NameBounds.GENERATIONS.contains(parts[last].replace(".", ""))) {
                last--;
            }
            int end = mention.offset() + mention.surface().length();
            String person = mention.surface().toLowerCase(Locale.ROOT);
            String first = key(parts[0], rules);
            String previous = firstNameOf.putIfAbsent(first, person);
            if (previous != null && !previous.equals(person)) {
                shared.add(first);
            }
            for (String part : new String[] {parts[0], parts[last]}) {
                names.merge(key(part, rules), end, Math::min);
            }
        }
        names.keySet().removeAll(shared);
        return names;
    }

    /** The keys of one-word names the text gives a type other than a person's. */
    private static Set<String> oneWordOtherTypes(List<Mention> mentions, LanguageRules rules) {
        Set<String> keys = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.words() == 1 && mention.type() != null && mention.type() != EntityType.PERSON) {
                keys.add(key(mention.surface(), rules));
            }
        }
        return keys;
    }

    /** The character spans of the body mentions, sorted by start. */
    private static List<int[]> covered(List<Mention> mentions) {
        List<int[]> spans = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.offset() >= 0) {
                spans.add(new int[] {mention.offset(), mention.offset() + mention.surface().length()});
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return spans;
    }

    /** The name a word writes: without an English possessive the tokenizer left on it ("Trump’s"). */
    private static String name(Word word) {
        return word.capitalizedPossessive() ? word.text().substring(0, word.text().length() - 2) : word.text();
    }

    /**
     * A name's key: lower case, without a genitive ending ("Streecks" is Streeck). Cheaper than
     * {@link EntityMerger#spellingKey}, which runs for every capitalised word here; the merger still decides whether
     * the word is the person's.
     */
    private static String key(String name, LanguageRules rules) {
        return rules.stripGenitive(name).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether no proper noun is written next to word {@code i}, nor in English a name particle ("Haus der Kunst",
     * "Musée d’Art Moderne de Paris"): else it is part of another name. German "der" after a name is mostly the
     * article of the next noun ("sagte Streeck der Zeitung").
     */
    private static boolean alone(List<Word> words, int i, LanguageRules rules, boolean english) {
        return !(i > 0 && joins(words.get(i - 1), rules, english)) && !(i + 1 < words.size() && !words.get(i + 1)
                .sentenceStart() && joins(words.get(i + 1), rules, english));
    }

    private static boolean joins(Word neighbour, LanguageRules rules, boolean english) {
        if (english && rules.particles().contains(neighbour.text())) {
            return true;
        }
        return neighbour.capitalized() && (neighbour.properNoun() || english && !neighbour.sentenceStart());
    }

    /**
     * Whether word {@code i} may well be no name: after an article, a common word of the language (in German one the
     * dictionary never knows as a name nor as a masculine noun, which many surnames are: "Fiedler"), or of a word
     * class names do not have. The tagger guesses the class of a word it does not know and
     * often takes a surname for a verb or pronoun ("Welling studied", "Iturbide has", "Ophir aus Buffalo"), so in
     * English those two classes do not count (the rules' stop words hold the pronouns), and in German the class counts
     * only for a word the dictionary knows.
     */
    private static boolean ambiguous(List<Word> words, int i, LanguageRules rules, boolean english) {
        Word word = words.get(i);
        if (i > 0 && words.get(i - 1).pos().equals("DET")) {
            return true;
        }
        if (english) {
            return !GUESSED_CLASSES.contains(word.pos()) && NotNames.notAName(words, i, rules)
                    || NameLists.shipped().commonWord(name(word).toLowerCase(Locale.ROOT));
        }
        return NotNames.commonGermanWord(word) || NotNames.notAName(words, i, rules)
                && GermanLexicon.shipped().wordClass(word.text(), true) != GermanLexicon.WordClass.UNKNOWN;
    }
}
