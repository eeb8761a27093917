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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The news agencies an article credits, from the shipped list {@code news-agencies.txt}: names matched as whole words,
 * case-sensitively ("AP" the agency, not "ap" in a word; "dpa" as agencies write it), in the body, the agency note,
 * the bylines and the image credit ("© Uncredited/dpa").
 */
public final class NewsAgencies {

    private static final String RESOURCE = "news-agencies.txt";

    private final Pattern names;
    private final Map<String, String> canonical;

    /**
     * Loads the shipped list.
     *
     * @throws IllegalStateException when the list is missing or empty
     */
    public NewsAgencies() {
        this.canonical = load();
        String alternation = canonical.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.names = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternation + ")(?![\\p{L}\\p{N}]|-\\p{L})");
    }

    /** The agencies credited in any of {@code texts}, by canonical name, in order of first mention. */
    public List<String> find(List<String> texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher m = names.matcher(text);
            while (m.find()) {
                found.add(canonical.get(m.group()));
            }
        }
        return List.copyOf(found);
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
