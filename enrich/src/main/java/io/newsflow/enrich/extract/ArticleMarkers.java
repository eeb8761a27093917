package io.newsflow.enrich.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Whether an element is, or holds, what the page marks as the article ({@code <article>},
 * {@code itemprop=articleBody}): a boilerplate-sounding class on such an element ({@code <div class="widget Blog">}
 * around a blog post) must not hide the article. Asked only of would-be boilerplate elements, and the search stops
 * at the first marker.
 */
final class ArticleMarkers implements NodeFilter {

    private boolean found;

    private ArticleMarkers() {}

    static boolean holdsArticle(Element element) {
        ArticleMarkers search = new ArticleMarkers();
        NodeTraversor.filter(search, element);
        return search.found;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Element element && isMarker(element)) {
            found = true;
            return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
    }

    private static boolean isMarker(Element element) {
        if (element.normalName().equals("article")) {
            return true;
        }
        if (!element.hasAttr("itemprop")) {
            return false;
        }
        return element.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
    }
}
