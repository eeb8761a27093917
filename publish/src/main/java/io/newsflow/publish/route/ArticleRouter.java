package io.newsflow.publish.route;

import io.newsflow.schemas.avro.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides where an article goes: always to the articles topic, then to every configured route it satisfies, in
 * configuration order. When two routes resolve to the same topic the first one writes it (one copy per topic).
 *
 * @param routes the configured routes
 * @param articlesTopic the public articles topic every article goes to
 */
public record ArticleRouter(List<Route> routes, String articlesTopic) {

    /** The route name of the articles topic in the route-name header. */
    public static final String ARTICLES_ROUTE = "articles";

    /** Freezes the routes. */
    public ArticleRouter {
        routes = List.copyOf(routes);
    }

    /** Where {@code article} goes, the articles topic first. */
    public List<RouteTarget> targets(Article article) {
        List<RouteTarget> targets = new ArrayList<>();
        targets.add(new RouteTarget(ARTICLES_ROUTE, articlesTopic, RouteFormat.AVRO));
        for (Route route : routes) {
            Optional<String> topic = route.when().matches(article) ? route.topic().resolve(article) : Optional.empty();
            if (topic.isPresent() && targets.stream().noneMatch(target -> target.topic().equals(topic.get()))) {
                targets.add(new RouteTarget(route.name(), topic.get(), route.format()));
            }
        }
        return List.copyOf(targets);
    }

    /** The topics of routes without placeholders, which exist before any article needs them. */
    public List<String> fixedTopics() {
        return routes.stream().filter(route -> route.topic().fixed()).map(route -> route.topic().pattern()).toList();
    }
}
