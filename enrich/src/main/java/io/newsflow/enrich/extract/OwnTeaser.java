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
 * Menschenrechte achten"). The link must name the page exactly: a comment's or a section's permalink adds a
 * fragment ({@code #comment-12}), a listing's next page a query.
 */
final class OwnTeaser {

    /**
     * A link holding one of these is a teaser card, not a permalink or a menu entry. Looked up under each link rather
     * than with {@code a[href]:has(…)}: jsoup's {@code :has} keeps a per-thread pool of node iterators, softly held,
     * that point into the last page it searched, so that page's whole tree stayed in the heap until the next page
     * (or memory pressure) replaced it.
     */
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
        for (Element link : page.select(Selectors.LINK)) {
            String href = link.attr("href");
            if (link.selectFirst(HEADINGS) == null || href.contains("#") || TextNormalizer.collapse(link.text()).length() > MAX_CARD_CHARS
                    || !own.equals(comparable(link.absUrl("href")))) {
                continue;
            }
            for (Element line : link.getAllElements()) {
                String text = TextNormalizer.collapse(line.text());
                if (line != link && line.childrenSize() == 0 && text.length() <= MAX_DATE_CHARS
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
