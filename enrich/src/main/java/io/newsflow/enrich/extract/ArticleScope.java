package io.newsflow.enrich.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Where the body is read: the whole page, or the one article of a page that holds several. News sites load the next
 * story below the first as the reader scrolls (and serve it preloaded), each in its own {@code <article>} with its own
 * {@code <h1>}; the next story is often the longer, so scoring the whole page elects it under the first story's
 * headline. When two or more articles each hold an {@code <h1>}, the body is read in the one whose {@code <h1>} shows
 * the headline.
 */
final class ArticleScope {

    private ArticleScope() {}

    /**
     * The {@code <article>} holding the {@code <h1>} that shows {@code title}, when another {@code <article>} holds an
     * {@code <h1>} too; else null (read the whole page).
     *
     * @param h1s the page's {@code <h1>} elements in document order
     */
    static @Nullable Element of(List<Element> h1s, String title) {
        if (h1s.size() < 2) {
            return null;
        }
        String wanted = HeadlineArea.comparable(title);
        Set<Element> articles = Collections.newSetFromMap(new IdentityHashMap<>());
        Element headlineArticle = null;
        for (Element h1 : h1s) {
            Element article = enclosingArticle(h1);
            if (article == null) {
                continue;
            }
            articles.add(article);
            if (headlineArticle == null && !wanted.isEmpty()
                    && HeadlineArea.shows(HeadlineArea.comparable(h1.text()), wanted)) {
                headlineArticle = article;
            }
        }
        return articles.size() >= 2 ? headlineArticle : null;
    }

    private static @Nullable Element enclosingArticle(Element h1) {
        for (Element at = h1.parent(); at != null; at = at.parent()) {
            if (at.normalName().equals("article")) {
                return at;
            }
        }
        return null;
    }
}
