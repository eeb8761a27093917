package io.newsflow.enrich.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements a page itself marks as the article ({@code <article>}, {@code itemprop=articleBody}) and their
 * ancestors: a boilerplate-sounding class on one of them ({@code <div class="widget Blog">} around a blog post) must
 * not hide the article.
 */
final class ArticleMarkers {

    private ArticleMarkers() {}

    static Set<Element> of(Element root) {
        Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element && isMarker(element) && marked.add(element)) {
                for (Element parent = element.parent(); parent != null && marked.add(parent); parent = parent.parent()) {
                    // ancestors up to the first one already marked
                }
            }
        }, root);
        return Collections.unmodifiableSet(marked);
    }

    private static boolean isMarker(Element element) {
        if (element.normalName().equals("article")) {
            return true;
        }
        if (!element.hasAttr("itemprop")) {
            return false;
        }
        String itemprop = element.attr("itemprop");
        return !itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("articlebody");
    }
}
