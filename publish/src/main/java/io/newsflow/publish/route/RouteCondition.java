package io.newsflow.publish.route;

import io.newsflow.schemas.avro.Article;
import java.util.List;
import java.util.Map;

/**
 * A route's {@code when}: every field must match (AND), each by any of its values (OR). Empty matches every article.
 *
 * @param terms the values each field must match one of
 */
public record RouteCondition(Map<RouteField, List<String>> terms) {

    /** Matches every article. */
    public static final RouteCondition ALWAYS = new RouteCondition(Map.of());

    /** Freezes the terms. */
    public RouteCondition {
        terms = Map.copyOf(terms);
    }

    /** Whether the article satisfies every term. */
    public boolean matches(Article article) {
        return terms.entrySet().stream()
                .allMatch(term -> term.getValue().stream().anyMatch(value -> term.getKey().matches(article, value)));
    }
}
