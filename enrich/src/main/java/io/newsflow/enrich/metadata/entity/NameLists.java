package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists of known first names, surnames, places, organisations and people's whole names ({@code names-*.txt}, built by
 * {@code scripts/build-name-lists.sh} from licence-clean word lists and DBpedia's most linked entities; see NOTICE),
 * as evidence for the name model: a word that is a known first name followed by a capitalised word is usually a
 * person ("his wife, Alice Smith"), a run of words that names a city usually a place. Unlike the {@link Gazetteer}, a
 * list entry decides nothing by itself (many entries are also common words: "Essen", "Will", "Mobile"); the model
 * learns from labelled text how far to trust each signal. Immutable after loading; shared by all languages.
 */
final class NameLists {

    /** Longest list name, in words, that is looked up. */
    private static final int MAX_WORDS = 4;

    private static final NameLists SHIPPED = new NameLists(read("names-first.txt"), read("names-last.txt"),
            read("names-place.txt"), read("names-org.txt"), read("names-person.txt"), read("names-word.txt"));

    private final Set<String> first;
    private final Set<String> last;
    private final Set<String> places;
    private final Set<String> organisations;
    private final Set<String> persons;
    private final Set<String> common;

    NameLists(Set<String> first, Set<String> last, Set<String> places, Set<String> organisations,
            Set<String> persons, Set<String> common) {
        this.first = first;
        this.last = last;
        this.places = places;
        this.organisations = organisations;
        this.persons = persons;
        this.common = common;
    }

    /** The shipped lists. */
    static NameLists shipped() {
        return SHIPPED;
    }

    /**
     * The list features of words {@code [from, to)}, one list a word: {@code l=first} (and {@code l=first+} when the
     * next word is capitalised), {@code l=first<} on the capitalised word after one, {@code l=last} (or {@code l=last<}
     * after a known first name), and {@code l=placeB} / {@code l=placeI}, {@code l=orgB} / {@code l=orgI},
     * {@code l=personB} / {@code l=personI} for the first and inner words of the longest list name of each kind
     * starting at a capitalised word, {@code l=word} for a capitalised common English word ("Premium"); and the
     * features of the word before and after, marked {@code <} and {@code >}.
     */
    List<List<String>> features(List<Word> words, int from, int to) {
        List<List<String>> features = new ArrayList<>(to - from);
        for (int w = from; w < to; w++) {
            features.add(new ArrayList<>(2));
        }
        for (int w = from; w < to; w++) {
            Word word = words.get(w);
            if (!word.capitalized()) {
                continue;
            }
            words(features.get(w - from), words, w, from, to);
            mark(features, words, w, from, to, places, "place");
            mark(features, words, w, from, to, organisations, "org");
            mark(features, words, w, from, to, persons, "person");
        }
        return withNeighbours(features);
    }

    /**
     * Whether lower-case {@code word} is known only as an organisation: on the organisation list, and neither a first
     * name, a surname nor a place (places are often named after people: "Bismarck", "Livingston").
     */
    boolean onlyOrganisation(String word) {
        return organisations.contains(word) && !first.contains(word) && !last.contains(word) && !places.contains(word);
    }

    /** Whether lower-case {@code word} is a listed first name, surname or one-word person's name. */
    boolean personName(String word) {
        return first.contains(word) || last.contains(word) || persons.contains(word);
    }

    /**
     * Whether lower-case {@code word} is a listed first name, surname or person, and no place, organisation or word.
     */
    boolean onlyPersonName(String word) {
        return personName(word) && !placeOrganisationOrWord(word);
    }

    /** Whether lower-case {@code word} is a listed first name and no listed place or organisation ("martha"). */
    boolean firstNameOnly(String word) {
        return first.contains(word) && !places.contains(word) && !organisations.contains(word);
    }

    /** Whether lower-case {@code word} is a listed first name ("hugh"), whatever else it is. */
    boolean firstName(String word) {
        return first.contains(word);
    }

    /** Whether lower-case {@code word} is a listed surname ("murphy"), whatever else it is. */
    boolean surname(String word) {
        return last.contains(word);
    }

    /**
     * Whether lower-case {@code name} (words joined by a space) is a listed place or organisation ("morgan stanley").
     */
    boolean placeOrOrganisation(String name) {
        return places.contains(name) || organisations.contains(name);
    }

    /** Whether lower-case {@code name} (words joined by a space) is a listed organisation ("al jazeera"). */
    boolean organisation(String name) {
        return organisations.contains(name);
    }

    /** Whether lower-case {@code word} is a listed common English word ("people", "children"). */
    boolean commonWord(String word) {
        return common.contains(word);
    }

    /** Whether lower-case {@code word} is a listed place, organisation or common English word. */
    boolean placeOrganisationOrWord(String word) {
        return places.contains(word) || organisations.contains(word) || common.contains(word);
    }

    /** Each word's features plus its neighbours' ({@code <l=…} before it, {@code >l=…} after it). */
    private static List<List<String>> withNeighbours(List<List<String>> own) {
        List<List<String>> features = new ArrayList<>(own.size());
        for (int i = 0; i < own.size(); i++) {
            List<String> f = new ArrayList<>(own.get(i));
            if (i > 0) {
                own.get(i - 1).forEach(feature -> f.add("<" + feature));
            }
            if (i + 1 < own.size()) {
                own.get(i + 1).forEach(feature -> f.add(">" + feature));
            }
            features.add(f);
        }
        return features;
    }

    /** The single-word features of capitalised word {@code w}: first name, surname, common word. */
    private void words(List<String> features, List<Word> words, int w, int from, int to) {
        String key = key(words.get(w));
        if (first.contains(key)) {
            features.add("l=first");
            if (w + 1 < to && words.get(w + 1).capitalized()) {
                features.add("l=first+");
            }
        }
        boolean afterFirst = w > from && first.contains(key(words.get(w - 1)));
        if (afterFirst && words.get(w - 1).capitalized()) {
            // A capitalised word after a known first name is usually the surname, known or not.
            features.add("l=first<");
        }
        if (last.contains(key)) {
            features.add(afterFirst ? "l=last<" : "l=last");
        }
        if (common.contains(key)) {
            features.add("l=word");
        }
    }

    private static void mark(List<List<String>> features, List<Word> words, int w, int from, int to, Set<String> list,
            String kind) {
        StringBuilder name = new StringBuilder();
        int longest = 0;
        for (int n = 1; n <= MAX_WORDS && w + n <= to; n++) {
            name.append(n > 1 ? " " : "").append(key(words.get(w + n - 1)));
            if (list.contains(name.toString())) {
                longest = n;
            }
        }
        for (int n = 0; n < longest; n++) {
            features.get(w + n - from).add("l=" + kind + (n == 0 ? "B" : "I"));
        }
    }

    private static String key(Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }

    private static Set<String> read(String resource) {
        return Set.copyOf(ResourceLines.read(resource, "name list"));
    }
}
