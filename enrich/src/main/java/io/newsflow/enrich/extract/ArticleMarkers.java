package io.newsflow.enrich.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Whether an element is, or holds, what the page marks as the article ({@code <article>},
 * {@code itemprop=articleBody}): a boilerplate-sounding class on such an element ({@code <div class="widget Blog">}
 * around a blog post) must not hide the article.
 *
 * <p>One instance per page: on the first question it finds the markers in one pass and remembers them with their
 * ancestors, so each later question is a set lookup rather than a search of the element's subtree (a page asks it
 * of every navigation block, footer and teaser rail, often nested).
 */
final class ArticleMarkers implements NodeFilter {

    private final Element root;
    private @Nullable Set<Element> holders;

    ArticleMarkers(Element root) {
        this.root = root;
    }

    /** Whether {@code element}, a descendant of the root (or the root), is or holds an article marker. */
    boolean holdsArticle(Element element) {
        if (holders == null) {
            holders = Collections.newSetFromMap(new IdentityHashMap<>());
            NodeTraversor.filter(this, root);
        }
        return holders.contains(element);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Element element && isMarker(element)) {
            for (Element at = element; at != null && holders.add(at); at = at.parent()) {
                if (at == root) {
                    break;
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    private static boolean isMarker(Element element) {
        if (element.normalName().equals("article")) {
            return true;
        }
        if (element.attributesSize() == 0 || !element.hasAttr("itemprop")) {
            return false;
        }
        return element.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
    }
}
