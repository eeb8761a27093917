package io.newsflow.enrich.metadata.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The news agencies an article credits, from the shipped list {@code news-agencies.txt}: names matched as whole words,
 * case-sensitively ("AP" the agency, not "ap" in a word; "dpa" as agencies write it), in the body, the agency note,
 * the bylines and the image credit ("© Uncredited/dpa").
 */
public final class NewsAgencies {

    private static final String RESOURCE = "news-agencies.txt";

    private final Map<String, String> canonical;
    /** Names by their first word, longest first: the text is scanned word by word, one map lookup a word. */
    private final Map<String, List<String>> byFirstWord;

    /**
     * Loads the shipped list.
     *
     * @throws IllegalStateException when the list is missing or empty
     */
    public NewsAgencies() {
        this.canonical = load();
        this.byFirstWord = Map.copyOf(canonical.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.groupingBy(name -> name.substring(0, wordEnd(name, 0)))));
    }

    /** The agencies credited in any of {@code texts}, by canonical name, in order of first mention. */
    public List<String> find(List<String> texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                if (!isWordChar(text.charAt(i))
                        || (i > 0 && (isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '-'))) {
                    continue;
                }
                List<String> candidates = byFirstWord.get(text.substring(i, wordEnd(text, i)));
                if (candidates != null) {
                    for (String name : candidates) {
                        if (text.startsWith(name, i) && endsWord(text, i + name.length())) {
                            found.add(canonical.get(name));
                            break;
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** A name ends at a word boundary, but not before a hyphenated continuation ("dpa-Meldung" is not "dpa"). */
    private static boolean endsWord(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        return !isWordChar(next)
                && !(next == '-' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)));
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The canonical name when {@code text} is exactly an agency name or alias, else null. */
    String canonicalName(String text) {
        return canonical.get(text.strip());
    }

    private static Map<String, String> load() {
        try (InputStream in = NewsAgencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, String> byName = new java.util.HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> forms = new ArrayList<>(List.of(line.strip().split("\\s*\\|\\s*")));
                forms.forEach(form -> byName.put(form, forms.get(0)));
            }
            if (byName.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " names no agency");
            }
            return Map.copyOf(byName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
