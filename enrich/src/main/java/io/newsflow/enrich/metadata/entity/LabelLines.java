package io.newsflow.enrich.metadata.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lines of an English body that are labels, not running text: headings, list items, table rows and short labels
 * ("Key Takeaways", "Pros & Cons", "3. Mirrorless Cameras", "Vehicles Available"). A body keeps its blocks on lines of
 * their own, and a heading or label is written in title case (every word capitalised but the small function words) or
 * is a few words with no verb; neither ends a sentence. The name model, trained on running text, takes most
 * capitalised words for names; on such a line capitals say nothing, as in a title-case headline
 * ({@link MentionFinder#titleCase}).
 */
final class LabelLines {

    /** Most words (with letters) a label line has: longer title-case lines are titles of works or running text. */
    static final int MAX_WORDS = 10;

    /** Most words of a label in sentence case ("Cherry tomatoes", "Smith machine"): a list item, not a sentence. */
    static final int MAX_SHORT_WORDS = 4;

    /** Parts of speech of the words a title-case heading leaves in lower case: "Guide to the Best of Rome". */
    private static final Set<String> FUNCTION_WORDS = Set.of("ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON");

    /** Parts of speech a label has none of: a verb makes a line a sentence ("Why Adidas is a Favorite"). */
    private static final Set<String> VERBS = Set.of("VERB", "AUX");

    /** What ends a sentence: a line that ends with it is running text, however short. */
    private static final String SENTENCE_END = ".!?…";

    /** The word between a person's name and the body the person belongs to: "Michael Tien of NPP". */
    private static final String OF = "of";

    private LabelLines() {
    }

    /**
     * For each of {@code words} (in text order), whether its line of {@code text} is a label line. One pass over the
     * words: each line is judged once, from its own words.
     */
    static boolean[] of(String text, List<Word> words) {
        boolean[] label = new boolean[words.size()];
        int first = 0;
        while (first < words.size()) {
            int lineEnd = text.indexOf('\n', words.get(first).start());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int end = first + 1;
            while (end < words.size() && words.get(end).start() < lineEnd) {
                end++;
            }
            if (label(words, first, end)) {
                for (int i = first; i < end; i++) {
                    label[i] = true;
                }
            }
            first = end;
        }
        return label;
    }

    /** Whether words {@code [first, end)}, one whole line, are a label. */
    private static boolean label(List<Word> words, int first, int end) {
        Word last = words.get(end - 1);
        if (last.text().length() == 1 && SENTENCE_END.indexOf(last.text().charAt(0)) >= 0) {
            return false;
        }
        int letterWords = 0;
        boolean titleCase = true;
        boolean verb = false;
        for (int i = first; i < end; i++) {
            Word word = words.get(i);
            if (!Character.isLetter(word.text().codePointAt(0))) {
                continue;
            }
            letterWords++;
            verb |= VERBS.contains(word.pos()) && !word.capitalized();
            titleCase &= word.capitalized() || FUNCTION_WORDS.contains(word.pos());
        }
        return letterWords > 0 && !verb
                && (titleCase && letterWords <= MAX_WORDS || letterWords <= MAX_SHORT_WORDS);
    }

    /**
     * Whether words {@code [begin, end)} on a label line name something by more than their capitals: the lists know
     * the whole name as a place or organisation ("Coral Gables", "Harvard Business School"; a single word only when it
     * is no common word), a name of several words ends in an organisation word after a word that is no common one
     * ("Centene Corporation", not "Fine Dining Service"), or it is a person's name of two or three words that starts
     * with a first name ("Jonas Platte", in a list of contributors).
     */
    static boolean knownName(List<Word> words, int begin, int end, EntityType type, LanguageRules rules) {
        NameLists lists = NameLists.shipped();
        int count = end - begin;
        StringBuilder name = new StringBuilder();
        for (int i = begin; i < end; i++) {
            name.append(i > begin ? " " : "").append(lower(words.get(i)));
        }
        String first = lower(words.get(begin));
        if (lists.placeOrOrganisation(name.toString()) && !(count == 1 && lists.commonWord(first))) {
            return true;
        }
        if (count > 1 && organisationWordAfterFirst(words, begin, end, rules) && !lists.commonWord(first)) {
            return true;
        }
        return count == 1 && type == EntityType.LOCATION && words.get(begin).acronym()
                || FirstNameStart.person(words, begin, end, rules) || firstNameAndCapitals(words, begin, end, rules)
                || type == EntityType.ORGANIZATION && afterPersonOf(words, begin);
    }

    /**
     * Whether the name at {@code begin} follows a person's name and "of": a caption or list of people gives each one's
     * body so ("Michael Tien of NPP", "Jane Doe of Acme"), and what follows "of" there is the organisation a person
     * belongs to, not a label's capitalised word. The person is a listed first name (no common word) and one more
     * capitalised word: a surname may be a common word ("Nathan Law"); an article is no first name ("Nike: The
     * Innovator of Athletic Footwear").
     */
    private static boolean afterPersonOf(List<Word> words, int begin) {
        if (begin < 3 || !words.get(begin - 1).text().equals(OF)) {
            return false;
        }
        NameLists lists = NameLists.shipped();
        Word first = words.get(begin - 3);
        Word surname = words.get(begin - 2);
        return first.capitalized() && !first.acronym() && !FUNCTION_WORDS.contains(first.pos())
                && lists.firstName(lower(first))
                && !lists.commonWord(lower(first)) && surname.capitalized() && !surname.acronym();
    }

    private static boolean organisationWordAfterFirst(List<Word> words, int begin, int end, LanguageRules rules) {
        for (int i = begin + 1; i < end; i++) {
            if (rules.organizationEnding(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** A first name that is no place, organisation or word, then one or two capitalised words that are none either. */
    private static boolean firstNameAndCapitals(List<Word> words, int begin, int end, LanguageRules rules) {
        NameLists lists = NameLists.shipped();
        if (end - begin < 2 || end - begin > 3 || !lists.firstName(lower(words.get(begin)))
                || lists.commonWord(lower(words.get(begin)))) {
            return false;
        }
        for (int i = begin + 1; i < end; i++) {
            Word word = words.get(i);
            if (!word.capitalized() || word.acronym() || lists.commonWord(lower(word))
                    || rules.organizationEnding(word.text()) || rules.placeWords().contains(lower(word))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }
}
