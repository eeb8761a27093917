package io.newsflow.enrich.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A teaser of another article around a byline, in one of two forms: a link that holds the credit with other text (the
 * whole teaser is one link), or a small block that sets a heading linking elsewhere above the credit
 * ({@code <h3><a href=...>Biografiearbeit im Führungskräfte-Coaching</a></h3><p class="author">von Petra
 * Basler</p>}), as related-article lists and archive rails do after the text. The credit in it is that article's, not
 * the page's.
 */
final class TeaserCard {

    /** Ancestors of the byline looked at: a card wraps its credit closely. */
    private static final int MAX_LEVELS = 3;

    /** A linked heading of fewer words is a name or a label (a forum user, "More"), not another article's title. */
    private static final int MIN_HEADLINE_WORDS = 3;

    private static final Set<String> SUB_HEADINGS = Set.of("h2", "h3", "h4", "h5");

    private TeaserCard() {}

    /**
     * Whether {@code byline} sits in a teaser: in a link that also holds other text, or in a card, a close ancestor
     * without an {@code <h1>} that holds, before the byline, a heading whose link reads as a headline.
     */
    static boolean holds(Element byline) {
        return inTeaserLink(byline) || inCard(byline);
    }

    private static boolean inTeaserLink(Element byline) {
        for (Element at = byline.parent(); at != null; at = at.parent()) {
            if (at.normalName().equals("a") && at.hasAttr("href")) {
                return at.text().length() > byline.text().length();
            }
        }
        return false;
    }

    private static boolean inCard(Element byline) {
        Element at = byline.parent();
        for (int level = 0; at != null && level < MAX_LEVELS; level++, at = at.parent()) {
            if (at.normalName().equals("body") || !at.getElementsByTag("h1").isEmpty()) {
                return false;
            }
            if (linkedHeadlineBefore(at, byline)) {
                return true;
            }
        }
        return false;
    }

    private static boolean linkedHeadlineBefore(Element card, Element byline) {
        for (Element element : card.getAllElements()) {
            if (element == byline) {
                return false;
            }
            if (element.normalName().equals("a") && element.hasAttr("href") && inHeading(element, card)
                    && TextNormalizer.collapse(element.text()).split(" ").length >= MIN_HEADLINE_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static boolean inHeading(Element link, Element card) {
        for (Element at = link.parent(); at != null && at != card; at = at.parent()) {
            if (SUB_HEADINGS.contains(at.normalName())) {
                return true;
            }
        }
        return false;
    }
}
