package io.newsflow.enrich.metadata.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
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

    private static final String RESOURCE = "/org/languagetool/resource/de/german.dict";

    /** Tag prefix of proper names (Eigennamen). */
    private static final String PROPER_NAME = "EIG";

    /** A masculine noun in the singular: many German surnames are one (Fiedler, Zöllner, Apotheker, Hirte). */
    private static final Pattern MALE_NOUN = Pattern.compile("SUB:...:SIN:MAS.*");

    private static final GermanLexicon SHIPPED = new GermanLexicon(load());

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
        List<WordData> forms = lookup.get().lookup(word);
        if (forms.isEmpty()) {
            return false;
        }
        for (WordData form : forms) {
            CharSequence tag = form.getTag();
            if (tag == null || tag.toString().startsWith(PROPER_NAME) || MALE_NOUN.matcher(tag).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the dictionary knows {@code word} as: {@code name} (a proper name among its readings), {@code noun} (only
     * common nouns), {@code word} (other words: verbs, adjectives, or a sentence's first word known in lower case) or
     * {@code unknown}.
     */
    String wordClass(String word, boolean sentenceStart) {
        List<WordData> forms = lookup.get().lookup(word);
        if (forms.isEmpty()) {
            return sentenceStart && !lookup.get().lookup(word.toLowerCase(Locale.GERMAN)).isEmpty() ? "word"
                    : "unknown";
        }
        boolean noun = true;
        for (WordData form : forms) {
            String tag = String.valueOf(form.getTag());
            if (tag.startsWith(PROPER_NAME)) {
                return "name";
            }
            noun &= tag.startsWith("SUB");
        }
        return noun ? "noun" : "word";
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
