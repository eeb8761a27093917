package io.newsflow.enrich.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a short run of capitalised words reads as a person's name rather than a brand: its first word is a known
 * first name ("Owain", "Wolfgang") and no article or particle ("La", "Al"), no word is a common word ("Robert
 * Half", "Merrill Edge", "Django Project", "Ghost Wares")
 * and the whole is no known organisation ("Al Jazeera"). The word lists are the entity recogniser's shipped name lists
 * ({@code names-first.txt}, {@code names-word.txt}, {@code names-org.txt}, see NOTICE), read from its resources
 * once, when first asked: only the late author fallbacks need them.
 */
final class PersonNameLists {

    private static final String LISTS = "/io/newsflow/enrich/metadata/entity/";

    private PersonNameLists() {}

    /** Whether {@code words} (two or more) read as a person's name by the lists. */
    static boolean readsAsPerson(String[] words) {
        String first = key(words[0]);
        if (words.length < 2 || !Lists.FIRST.contains(first) || BylineWords.NAME_PARTICLES.contains(first)) {
            return false; // "La Stampa", "Al Jazeera": an article or a particle before a name is no first name
        }
        for (int i = 0; i < words.length; i++) {
            if (Lists.COMMON.contains(key(words[i]))) {
                return false;
            }
        }
        return !Lists.ORGANISATIONS.contains(key(String.join(" ", words)));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The lists, loaded when first used (holder idiom). */
    private static final class Lists {
        static final Set<String> FIRST = read("names-first.txt");
        static final Set<String> COMMON = read("names-word.txt");
        static final Set<String> ORGANISATIONS = read("names-org.txt");

        private static Set<String> read(String name) {
            Set<String> entries = new HashSet<>();
            try (InputStream in = PersonNameLists.class.getResourceAsStream(LISTS + name)) {
                if (in == null) {
                    throw new IllegalStateException("no name list " + LISTS + name);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        entries.add(entry);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the name list " + LISTS + name, e);
            }
            if (entries.isEmpty()) {
                throw new IllegalStateException("empty name list " + LISTS + name);
            }
            return Set.copyOf(entries);
        }
    }
}
