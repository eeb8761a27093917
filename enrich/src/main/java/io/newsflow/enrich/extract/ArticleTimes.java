package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Publication times of the article element itself, wherever inside it they sit: article templates
 * put the date in a meta column or sticky sidebar ({@code <aside class="meta">}, {@code <div class="sidebar">})
 * that the page-wide scans skip as foreign content. Only the {@code <article>} that holds the page's {@code <h1>}
 * (or the page's only {@code <article>}) is read; times in a nested article, a teaser link or a comment or
 * related-items box belong to other items, and update times are never publication times.
 *
 * @param times the {@code datetime} values, or for a {@code <time>} without one its text, in document order
 * @param dateTexts the texts of elements the template names as a date ({@code class="post-date"}), in document order
 */
record ArticleTimes(List<String> times, List<String> dateTexts) {

    /** Class/id tokens of boxes inside an article that hold other items' times. */
    private static final Set<String> OTHER_ITEMS = Set.of(
            "comment", "comments", "related", "recommended", "teasers", "reply", "replies", "kommentare", "kommentar");

    ArticleTimes {
        times = List.copyOf(times);
        dateTexts = List.copyOf(dateTexts);
    }

    /** {@link #scan}, done once, when first asked: most pages state their date before it is needed. */
    static Supplier<ArticleTimes> lazy(Document page) {
        return new Once<>(() -> scan(page));
    }

    /** The publication times of {@code page}'s article; both lists empty when it has no single article element. */
    static ArticleTimes scan(Document page) {
        Element article = article(page);
        List<String> times = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (article == null) {
            return new ArticleTimes(times, texts);
        }
        for (Element time : article.getElementsByTag("time")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : TextNormalizer.collapse(time.text());
            if (!value.isBlank() && ownsItem(time, article) && !isUpdate(time)) {
                times.add(value.strip());
            }
        }
        for (Element marked : article.getAllElements()) {
            if (marked.attributesSize() > 0 && !marked.normalName().equals("time") && isDateClass(marked)) {
                String text = TextNormalizer.collapse(marked.text());
                if (!text.isEmpty() && text.length() <= DateTextParser.MAX_DATE_TEXT_CHARS && ownsItem(marked, article)
                        && !isUpdate(marked)) {
                    texts.add(text);
                }
            }
        }
        return new ArticleTimes(times, texts);
    }

    /** "single-post-date", "entry-published": an element the template names as the date. */
    private static boolean isDateClass(Element element) {
        List<String> tokens = ClassTokens.of(element);
        return tokens.contains("date") || tokens.contains("published") || tokens.contains("pubdate");
    }

    private static @Nullable Element article(Document page) {
        List<Element> articles = page.getElementsByTag("article");
        List<Element> withHeadline = articles.stream().filter(a -> !a.getElementsByTag("h1").isEmpty()).toList();
        if (withHeadline.size() == 1) {
            return withHeadline.get(0);
        }
        return articles.size() == 1 ? articles.get(0) : null;
    }

    /** Whether nothing between the time and the article makes it another item's (nested article, link, comments). */
    private static boolean ownsItem(Element time, Element article) {
        for (Element at = time.parent(); at != null && at != article; at = at.parent()) {
            String tag = at.normalName();
            if (tag.equals("article") || tag.equals("a")
                    || (at.attributesSize() > 0 && ClassTokens.of(at).stream().anyMatch(OTHER_ITEMS::contains))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpdate(Element time) {
        List<String> tokens = ClassTokens.of(time);
        Element parent = time.parent();
        String line = parent == null ? "" : TextNormalizer.collapse(parent.text()).toLowerCase(Locale.ROOT);
        String own = TextNormalizer.collapse(time.text()).toLowerCase(Locale.ROOT);
        return tokens.contains("updated") || tokens.contains("modified")
                || time.attr("itemprop").equalsIgnoreCase("dateModified") || HeadlineArea.isUpdateLine(own)
                || (line.length() <= DateTextParser.MAX_DATE_TEXT_CHARS && HeadlineArea.isUpdateLine(line));
    }
}
