package io.newsflow.enrich.metadata.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * German word forms and their parts of speech, from LanguageTool's German part-of-speech dictionary (artifact
 * {@code de.danielnaber:german-pos-dict}, CC-BY-SA-4.0; see NOTICE): words in every inflected form, proper
 * names ({@code EIG}: first names, surnames, places) told apart from common nouns ({@code SUB}), verbs and
 * adjectives. In German every noun is capitalised, so capitals do not tell "Vögel" or "Leasing" from "Scholz"; the
 * dictionary does. Thread-safe: the dictionary is shared, each thread has its own lookup (morfologik's lookup reuses
 * buffers).
 */
final class GermanLexicon {

    /** The language the dictionary is for. */
    static final String LANGUAGE = "de";

    private static final String RESOURCE = "/org/languagetool/resource/de/german.dict";

    /** Tag prefix of proper names (Eigennamen). */
    private static final String PROPER_NAME = "EIG";

    /** Tag prefix of common nouns (Substantive). */
    private static final String NOUN = "SUB";

    /** A masculine noun in the singular: many German surnames are one (Fiedler, Zöllner, Apotheker, Hirte). */
    private static final Pattern MALE_NOUN = Pattern.compile("SUB:...:SIN:MAS.*");

    /** The case field of a tag in the genitive: "EIG:GEN:SIN:FEM:VOR". */
    private static final String GENITIVE = ":GEN:";

    private static final GermanLexicon SHIPPED = new GermanLexicon(load());

    /** What the dictionary knows a word as; {@link #feature()} is the name model's feature value. */
    enum WordClass {
        /** A proper name among its readings. */
        NAME,
        /** Only common nouns. */
        NOUN,
        /** Other words: verbs, adjectives, or a sentence's first word known in lower case. */
        WORD,
        /** Not in the dictionary. */
        UNKNOWN;

        String feature() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The kinds of proper name the dictionary tells apart, by the last field of a name's tag ("EIG:NOM:SIN:NEU:NOA:STD"
     * is a city); {@link #feature()} is the name model's feature value.
     */
    enum NameKind {
        /** A city (STD), region (GEB), country (COU), water (WAT), mountain (MOU) or other place (GEO). */
        PLACE,
        /** A first name (VOR). */
        FIRST,
        /** A surname (NAC). */
        LAST,
        /** A person known by one name (PER): "Aristoteles", "Beethoven". */
        PERSON,
        /** A name of no further kind: companies and brands ("Adidas", "Apple", "BASF"). */
        OTHER;

        String feature() {
            return name().toLowerCase(Locale.ROOT);
        }

        static NameKind of(String tag) {
            String kind = tag.substring(tag.lastIndexOf(':') + 1);
            return switch (kind) {
                case "STD", "GEB", "COU", "WAT", "MOU", "GEO" -> PLACE;
                case "NAC" -> LAST;
                case "PER" -> PERSON;
                default -> kind.startsWith("VOR") ? FIRST : OTHER;
            };
        }
    }

    private final ThreadLocal<DictionaryLookup> lookup;

    private GermanLexicon(Dictionary dictionary) {
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The shipped dictionary. */
    static GermanLexicon shipped() {
        return SHIPPED;
    }

    /**
     * Whether {@code word}, exactly as written, is a German word the dictionary knows, never as a proper name and never
     * as a masculine noun in the singular, which many German surnames are ("Fiedler", "Zöllner", "Apotheker",
     * "Hirte"): "Vögel", "Sauna", "Leasing" are; "Fischer" (a surname), "Berlin" and words it does not know ("Gnisa")
     * are not.
     */
    boolean commonWordNoSurname(String word) {
        List<String> tags = tags(word);
        return !tags.isEmpty() && tags.stream().noneMatch(tag -> tag.startsWith(PROPER_NAME)
                || MALE_NOUN.matcher(tag).matches());
    }

    /**
     * Whether {@code word} is a first name in the genitive only, as the dictionary knows it ("Kims", "Olgas"): a
     * genitive name is the owner of the noun after it ("Kims Gesundheitszustand"), never followed by its own surname.
     * "Hans" and "Thomas", also nominatives, are not.
     */
    boolean genitiveFirstNameOnly(String word) {
        boolean genitive = false;
        for (String tag : tags(word)) {
            if (!tag.startsWith(PROPER_NAME)) {
                continue;
            }
            if (!tag.contains(GENITIVE)) {
                return false;
            }
            genitive |= NameKind.of(tag) == NameKind.FIRST;
        }
        return genitive;
    }

    /**
     * The name model's dictionary features of capitalised {@code word}, from one lookup: {@code lx=} its
     * {@link WordClass}, then {@code lk=} each {@link NameKind} it has.
     */
    List<String> features(String word, boolean sentenceStart) {
        List<String> tags = tags(word);
        List<String> features = new ArrayList<>(3);
        features.add("lx=" + wordClass(word, tags, sentenceStart).feature());
        for (NameKind kind : nameKinds(tags)) {
            features.add("lk=" + kind.feature());
        }
        return features;
    }

    /** What the dictionary knows {@code word}, exactly as written, as; a sentence's first word also in lower case. */
    WordClass wordClass(String word, boolean sentenceStart) {
        return wordClass(word, tags(word), sentenceStart);
    }

    private WordClass wordClass(String word, List<String> tags, boolean sentenceStart) {
        if (tags.isEmpty()) {
            return sentenceStart && !tags(word.toLowerCase(Locale.GERMAN)).isEmpty() ? WordClass.WORD
                    : WordClass.UNKNOWN;
        }
        if (tags.stream().anyMatch(tag -> tag.startsWith(PROPER_NAME))) {
            return WordClass.NAME;
        }
        return tags.stream().allMatch(tag -> tag.startsWith(NOUN)) ? WordClass.NOUN : WordClass.WORD;
    }

    /**
     * The kinds of proper name the dictionary knows {@code word}, exactly as written, as: "Thomas" is a first name and
     * a surname, "Berlin" a place; none for a word it knows as no name.
     */
    Set<NameKind> nameKinds(String word) {
        return nameKinds(tags(word));
    }

    private static Set<NameKind> nameKinds(List<String> tags) {
        Set<NameKind> kinds = EnumSet.noneOf(NameKind.class);
        for (String tag : tags) {
            if (tag.startsWith(PROPER_NAME)) {
                kinds.add(NameKind.of(tag));
            }
        }
        return kinds;
    }

    /** The part-of-speech tags of {@code word}'s readings, none when the dictionary does not know it. */
    private List<String> tags(String word) {
        List<WordData> forms = lookup.get().lookup(word);
        List<String> tags = new ArrayList<>(forms.size());
        for (WordData form : forms) {
            tags.add(String.valueOf(form.getTag()));
        }
        return tags;
    }

    private static Dictionary load() {
        URL dictionary = GermanLexicon.class.getResource(RESOURCE);
        if (dictionary == null) {
            throw new IllegalStateException("German part-of-speech dictionary " + RESOURCE
                    + " is not on the class path (artifact de.danielnaber:german-pos-dict)");
        }
        try {
            return Dictionary.read(dictionary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the German part-of-speech dictionary " + RESOURCE, e);
        }
    }
}
