package io.newsflow.enrich.metadata.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said a quotation from the words around it: a speech verb right after the quote followed by a name
 * ("…“, zitierte CNN Leif-Eric Easley", "…", said John Smith"), a name followed by a speech verb after it ("…," Smith
 * said), or a name and speech verb before it ("Smith sagte: „…“", "according to Smith"). A name is one of the known
 * persons the entity recognizer found, when given, else two or more capitalised words.
 */
final class SpeakerFinder {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");


    /** Speech verbs and phrases, lower case; "so" is the German "…“, so Scholz". */
    static final Set<String> SPEECH_WORDS = Set.of("sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte",
            "betont", "meinte", "so", "zitierte", "zitiert", "schrieb", "schreibt", "warnte", "warnt", "kritisierte",
            "fügte", "ergänzte", "sprach", "teilte", "bekräftigte", "versicherte", "forderte", "räumte", "sagen",
            "said", "says", "say", "told", "added", "wrote", "writes", "warned", "explained", "stressed", "noted",
            "argued", "asked", "according", "laut", "zufolge", "quoted", "tweeted", "insisted", "claimed");

    /** Capitalised words that start sentences or name things, never a person. */
    static final Set<String> NOT_NAMES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "the", "a",
            "an", "er", "sie", "es", "he", "she", "it", "they", "we", "wir", "ich", "i", "auch", "zugleich", "am",
            "im", "in", "on", "at", "mr", "mrs", "ms", "dr", "herr", "frau");

    /** Two or more capitalised words ("Leif-Eric Easley", "Olaf Scholz", "Ursula von der Leyen"). */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*"
                    + "(?:\\s+(?:(?:von|van|de|der|da|del|al|bin|le)\\s+)*\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)+");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** How far from the quote a speaker may be named. */
    private static final int WINDOW = 120;

    private SpeakerFinder() {}

    /** The speaker of the quote spanning {@code [start, end)} of {@code text}, when the sentence names one. */
    static Optional<String> find(String text, int start, int end, List<String> knownPersons) {
        String after = sentenceAfter(text, end);
        String before = sentenceBefore(text, start);
        if (startsWithSpeech(after)) {
            return firstName(after, knownPersons).map(Name::person);
        }
        // The verb is looked for after the form that matched (full name or only the last name), not the full name:
        // a known person named by surname alone would otherwise give an index of -1.
        Optional<String> nameThenVerb = firstName(after, knownPersons)
                .filter(name -> startsWithSpeech(after.substring(name.end())))
                .map(Name::person);
        if (nameThenVerb.isPresent()) {
            return nameThenVerb;
        }
        if (containsSpeech(before)) {
            return firstName(before, knownPersons).map(Name::person);
        }
        return Optional.empty();
    }

    /** A speaker named in a text: the person, and the offset after the words that named them. */
    private record Name(String person, int end) {
    }

    private static String sentenceAfter(String text, int end) {
        int stop = Math.min(text.length(), end + WINDOW);
        for (int i = end; i < stop; i++) {
            if (text.charAt(i) == '.' || text.charAt(i) == '\n' || QuoteMarks.CLOSERS.containsKey(text.charAt(i))) {
                return text.substring(end, i);
            }
        }
        return text.substring(end, stop);
    }

    private static String sentenceBefore(String text, int start) {
        int stop = Math.max(0, start - WINDOW);
        for (int i = start - 1; i >= stop; i--) {
            if (text.charAt(i) == '.' || text.charAt(i) == '\n' || text.charAt(i) == '?' || text.charAt(i) == '!') {
                return text.substring(i + 1, start);
            }
        }
        return text.substring(stop, start);
    }

    private static boolean startsWithSpeech(String text) {
        Matcher word = WORD.matcher(text);
        return word.find() && word.start() <= 3 && SPEECH_WORDS.contains(word.group().toLowerCase(Locale.ROOT));
    }

    private static boolean containsSpeech(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (SPEECH_WORDS.contains(word.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The first known person named in {@code text} (by full name or last name), else the first capitalised name. */
    private static Optional<Name> firstName(String text, List<String> knownPersons) {
        Name best = null;
        int bestAt = Integer.MAX_VALUE;
        for (String person : knownPersons) {
            String[] parts = WHITESPACE.split(person);
            for (String form : new String[] {person, parts[parts.length - 1]}) {
                int at = wordIndex(text, form);
                if (at >= 0 && at < bestAt) {
                    best = new Name(person, at + form.length());
                    bestAt = at;
                }
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            String candidate = stripNonNames(name.group());
            if (candidate.contains(" ")) {
                return Optional.of(new Name(candidate, name.end()));
            }
        }
        return Optional.empty();
    }

    private static String stripNonNames(String name) {
        String[] words = WHITESPACE.split(name);
        int first = 0;
        while (first < words.length && NOT_NAMES.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        return String.join(" ", List.of(words).subList(first, words.length));
    }

    /**
     * Where {@code word} first stands whole (no letter or hyphen on either side), without compiling a regex per call.
     */
    private static int wordIndex(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (!nameChar(text, at - 1) && !nameChar(text, at + word.length())) {
                return at;
            }
        }
        return -1;
    }

    private static boolean nameChar(String text, int index) {
        return index >= 0
                && index < text.length()
                && (Character.isLetter(text.charAt(index)) || text.charAt(index) == '-');
    }
}
