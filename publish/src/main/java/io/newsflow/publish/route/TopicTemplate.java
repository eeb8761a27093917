package io.newsflow.publish.route;

import io.newsflow.schemas.avro.Article;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A route's topic name, fixed ({@code newsflow.articles.de.v1}) or with placeholders filled from the article
 * ({@code newsflow.articles.{language}.v1}): {@code {language}}, {@code {site}} and {@code {section}}, each slugged
 * to lower-case letters, digits and hyphens.
 *
 * @param pattern the name as configured
 */
public record TopicTemplate(String pattern) {

    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("language", "site", "section");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Pattern MAJOR_SUFFIX = Pattern.compile("\\.v[0-9]+$");
    private static final Pattern TOPIC_CHARS = Pattern.compile("[A-Za-z0-9._-]+");
    // slugging runs for every article on every templated route: the patterns are compiled once
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");
    /** A slug longer than this is cut: topic names may have at most 249 characters. */
    private static final int MAX_SLUG = 60;

    /**
     * The same template under another major version: a trailing {@code .v<n>} is replaced by {@code .<version>},
     * else {@code .<version>} is appended ({@code newsflow.articles.{language}.v1} → {@code
     * newsflow.articles.{language}.v2}), so a reprocessing writes its routed copies beside the live ones.
     */
    public TopicTemplate withVersion(String version) {
        return new TopicTemplate(MAJOR_SUFFIX.matcher(pattern).replaceFirst("") + "." + version);
    }

    /** The placeholders used, in order. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Whether the name has no placeholder. */
    public boolean fixed() {
        return placeholders().isEmpty();
    }

    /** What is wrong with the template, if anything. */
    public Optional<String> problem() {
        Optional<String> unknown = placeholders().stream().filter(name -> !PLACEHOLDERS.contains(name)).findFirst();
        if (unknown.isPresent()) {
            return Optional.of("unknown placeholder {" + unknown.get() + "} in topic '" + pattern + "' (known: "
                    + PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList() + ")");
        }
        String literal = PLACEHOLDER.matcher(pattern).replaceAll("x");
        return TOPIC_CHARS.matcher(literal).matches() && literal.length() <= 249 ? Optional.empty()
                : Optional.of("topic '" + pattern + "' is not a valid topic name (letters, digits, '.', '_', '-')");
    }

    /** The topic for {@code article}; empty when the article has no value for a placeholder. */
    public Optional<String> resolve(Article article) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder topic = new StringBuilder();
        while (matcher.find()) {
            Optional<String> value =
                    value(article, matcher.group(1)).map(TopicTemplate::slug).filter(s -> !s.isEmpty());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            matcher.appendReplacement(topic, value.get());
        }
        matcher.appendTail(topic);
        return Optional.of(topic.toString());
    }

    private static Optional<String> value(Article article, String placeholder) {
        return switch (placeholder) {
            case "language" -> Optional.ofNullable(article.getLanguage());
            case "section" -> Optional.ofNullable(article.getSection());
            case "site" -> ArticleSite.of(article.getUrl());
            default -> Optional.empty();
        };
    }

    /**
     * Lower case ASCII letters, digits and single hyphens: {@code "Außenpolitik & Welt"} → {@code aussenpolitik-welt}.
     */
    public static String slug(String value) {
        String decomposed =
                Normalizer.normalize(value.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFKD);
        String ascii = MARKS.matcher(decomposed).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(ascii).replaceAll("-")).replaceAll("");
        return slug.length() <= MAX_SLUG ? slug : EDGE_DASHES.matcher(slug.substring(0, MAX_SLUG)).replaceAll("");
    }
}
