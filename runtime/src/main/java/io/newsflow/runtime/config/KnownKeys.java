package io.newsflow.runtime.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The settings a program understands: exact keys (those its {@code defaults.properties} document) and prefixes under
 * which any key is accepted ({@code kafka.}, numbered sources). A key outside both is a mistake, most often a typo,
 * and is reported with the closest known key.
 *
 * @param keys exact keys
 * @param prefixes prefixes that accept any key below them
 */
public record KnownKeys(Set<String> keys, Set<String> prefixes) {

    /** Freezes the sets. */
    public KnownKeys {
        keys = Set.copyOf(keys);
        prefixes = Set.copyOf(prefixes);
    }

    /** The given keys and prefixes. */
    public static KnownKeys of(Collection<String> keys, String... prefixes) {
        return new KnownKeys(Set.copyOf(keys), Set.of(prefixes));
    }

    /** These keys and {@code other}'s. */
    public KnownKeys and(KnownKeys other) {
        Set<String> allKeys = new HashSet<>(keys);
        allKeys.addAll(other.keys);
        Set<String> allPrefixes = new HashSet<>(prefixes);
        allPrefixes.addAll(other.prefixes);
        return new KnownKeys(allKeys, allPrefixes);
    }

    /** One problem per unknown key in {@code given}, sorted, each with a did-you-mean when a known key is close. */
    public List<String> problems(Collection<String> given) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(given)) {
            if (!accepts(key)) {
                problems.add("unknown setting " + key + closest(key).map(k -> " (did you mean " + k + "?)").orElse(""));
            }
        }
        return problems;
    }

    /** Whether {@code key} is known. */
    public boolean accepts(String key) {
        return keys.contains(key) || prefixes.stream().anyMatch(key::startsWith);
    }

    /** The known key closest to {@code key}, when it is close enough to be what was meant. */
    Optional<String> closest(String key) {
        String normal = normalise(key);
        Optional<String> sameWords = keys.stream().filter(known -> normalise(known).equals(normal)).findFirst();
        if (sameWords.isPresent()) {
            return sameWords;
        }
        int allowed = Math.max(2, key.length() / 5);
        return keys.stream()
                .filter(known -> distance(key, known) <= allowed)
                .min(Comparator.comparingInt((String known) -> distance(key, known)).thenComparing(known -> known));
    }

    /** The key without separators or case: {@code ingest.user_agent} and {@code ingest.userAgent} match. */
    private static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[._\\-]", "");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
