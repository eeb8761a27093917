package io.newsflow.enrich.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The dates of the page's own teaser card: a CMS that lists its latest news beside an article lists the article too,
 * as a link to the page itself holding a heading and the date the article was published ("10.11.2021 /
 * Menschenrechte achten"). A card is either a link holding its heading, or a heading holding the link with the date
 * beside it in the card ("Recent Posts" widgets: {@code <div><h4><a>Title</a></h4><time>December 02, 2025</time>
 * </div>}). The link must name the page exactly: a comment's or a section's permalink adds a fragment
 * ({@code #comment-12}), a listing's next page a query.
 */
final class OwnTeaser {

    /**
     * A link that holds a heading (a teaser card, not a permalink or a menu entry), or a heading that holds a link
     * (a card's title, its date beside it): one selection of both, so the page is walked once. Not with
     * {@code a[href]:has(…)}: jsoup's {@code :has} keeps a per-thread pool of node iterators, softly held, that point
     * into the last page it searched, so that page's whole tree stayed in the heap until the next page (or memory
     * pressure) replaced it.
     */
    private static final Evaluator LINKS_AND_HEADINGS = QueryParser.parse("a[href], h1, h2, h3, h4, h5, h6");

    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    /** A date line of a card: short, and holding a digit. */
    private static final int MAX_DATE_CHARS = 40;

    /** Longer cards are a page section wrapped in a link, not a teaser. */
    private static final int MAX_CARD_CHARS = 400;

    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    private OwnTeaser() {}

    /** The short lines holding a digit in the cards that link to {@code pageUrl}, in document order. */
    static List<String> dateTexts(Document page, @Nullable String pageUrl) {
        String own = comparable(pageUrl);
        List<String> texts = new ArrayList<>();
        if (own == null) {
            return texts;
        }
        for (Element found : page.select(LINKS_AND_HEADINGS)) {
            boolean linkCard = found.nameIs("a");
            if (linkCard && found.selectFirst(HEADINGS) == null) {
                continue;
            }
            Element link = linkCard ? found : found.selectFirst(Selectors.LINK);
            Element card = linkCard ? found : found.parent();
            String href = link == null ? "" : link.attr("href");
            if (link == null || card == null || href.contains("#")
                    || TextNormalizer.collapse(card.text()).length() > MAX_CARD_CHARS
                    || !own.equals(comparable(link.absUrl("href")))) {
                continue;
            }
            for (Element line : card.getAllElements()) {
                String text = TextNormalizer.collapse(line.text());
                if (line != card && line.childrenSize() == 0 && text.length() <= MAX_DATE_CHARS
                        && (linkCard || !ContentScorer.isWithin(line, found)) // a date in the title is no date line
                        && text.chars().anyMatch(Character::isDigit)) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** Host, path without a trailing slash, and query, in lower case; null when {@code url} is not one. */
    private static @Nullable String comparable(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                return null;
            }
            String path = uri.getRawPath() == null ? "" : TRAILING_SLASHES.matcher(uri.getRawPath()).replaceFirst("");
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return SameSite.host(uri.getHost()) + (path + query).toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
