package io.newsflow.publish.route;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Entity;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a route's {@code when} can test. Comparisons ignore case; a list of values matches when any value does.
 */
public enum RouteField {
    /** The detected language code, e.g. {@code de}. */
    LANGUAGE,
    /** The site's section, e.g. {@code Politik}. */
    SECTION,
    /**
     * The host of the article's URL, or a domain it belongs to: {@code example.org} matches {@code www.example.org}.
     */
    SITE,
    /** The article kind: ARTICLE, LIVE_BLOG, PHOTO_STORY, SHORT_NEWS. */
    KIND,
    /** A name or alias of an entity mentioned in the article. */
    ENTITY,
    /** A keyword or tag of the article. */
    KEYWORD,
    /** A news agency credited. */
    AGENCY,
    /** {@code true} for a near-duplicate of an earlier article, {@code false} for an original. */
    DUPLICATE;

    /** The field's name in a route's {@code when}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field named {@code key}, if any. */
    public static Optional<RouteField> of(String key) {
        return Stream.of(values()).filter(field -> field.key().equals(key)).findFirst();
    }

    /** Whether the article's value of this field equals {@code value} (ignoring case). */
    public boolean matches(Article article, String value) {
        return switch (this) {
            case LANGUAGE -> value.equalsIgnoreCase(Objects.toString(article.getLanguage(), ""));
            case SECTION -> value.equalsIgnoreCase(Objects.toString(article.getSection(), ""));
            case SITE ->
                ArticleSite.belongsTo(article.getUrl(), value) || ArticleSite.belongsTo(article.getFinalUrl(), value);
            case KIND -> value.equalsIgnoreCase(article.getKind().name());
            case ENTITY -> article.getEntities().stream().anyMatch(entity -> named(entity, value));
            case KEYWORD ->
                containsIgnoringCase(article.getKeywords(), value) || containsIgnoringCase(article.getTags(), value);
            case AGENCY -> containsIgnoringCase(article.getNewsAgencies(), value);
            case DUPLICATE -> Boolean.parseBoolean(value) == (article.getDuplicateOf() != null);
        };
    }

    private static boolean named(Entity entity, String value) {
        return value.equalsIgnoreCase(entity.getName()) || containsIgnoringCase(entity.getAliases(), value);
    }

    private static boolean containsIgnoringCase(Collection<String> values, String value) {
        return values.stream().anyMatch(value::equalsIgnoreCase);
    }
}
