package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the headline a page shows: its only {@code <h1>}, or the first one inside its article or main area, leaving
 * out the site's logo set in an {@code <h1>} (a link to the home page, a logo or brand class) and headings of
 * navigation, asides and footers.
 */
final class VisibleHeadline {

    /** Class/id tokens of an {@code <h1>} (or its link) that holds the site's name or logo. */
    static final TokenSet SITE_NAME_TOKENS = TokenSet.of(
            "site name class/id tokens", "logo", "brand", "branding", "sitename", "sitetitle", "masthead", "blogname",
            "blogtitle");

    /** Class/id tokens of an {@code <h1>} that titles a dialog or an overlay, not the page. */
    static final TokenSet DIALOG_TOKENS = TokenSet.of(
            "dialog heading class/id tokens", "modal", "dialog", "popup", "overlay", "newsletter", "cookie", "consent",
            "paywall");

    /** Areas whose headings are never the article's. */
    static final TokenSet OUTSIDE_TAGS = TokenSet.of("areas outside the article", "nav", "aside", "footer");

    /** Areas that hold the article. */
    static final TokenSet ARTICLE_AREA_TAGS = TokenSet.of("article areas", "article", "main");

    private static final Pattern SCHEME_AND_HOST = Pattern.compile("(https?:)?//[^/]+");

    private static final Pattern HOME_PATH = Pattern.compile("(\\.{0,2}/)*(index\\.[a-z]+)?");

    /** The Wayback Machine's form of an archived link: a timestamp, an optional mode ("id_", "im_"), the address. */
    private static final Pattern ARCHIVE_PREFIX = Pattern.compile("/web/\\d{8,14}[a-z_]*/");

    /** Shorter text is a label or a logo, not a headline. */
    private static final int MIN_HEADLINE_CHARS = 4;

    private VisibleHeadline() {}

    /**
     * The visible article headline among the page's {@code <h1>} elements (in document order), or null when the page
     * has none or several without an article area.
     */
    static @Nullable String find(List<Element> h1s) {
        List<Element> candidates = new ArrayList<>();
        for (Element h1 : h1s) {
            if (!isSiteHeading(h1) && !isOutside(h1) && HeadingText.of(h1).length() >= MIN_HEADLINE_CHARS) {
                candidates.add(h1);
            }
        }
        if (candidates.size() == 1) {
            return PageSignalsCollector.headingText(candidates.get(0));
        }
        for (Element h1 : candidates) {
            if (inArticleArea(h1)) {
                return PageSignalsCollector.headingText(h1);
            }
        }
        return null;
    }

    /**
     * The line right before each {@code <h1>}: the text of the element before it, or of that element's last child
     * ({@code <div class=kicker><div>Aus: Ausgabe vom ...</div><div>Nationaler Veteranentag</div></div>}). A site sets
     * a kicker there, styled as a line above the headline; {@link TitleKickers} takes it only when the declared titles
     * join it to the headline.
     */
    static List<String> leadIns(List<Element> h1s) {
        List<String> lines = new ArrayList<>();
        for (Element h1 : h1s) {
            Element before = h1.previousElementSibling();
            if (before != null) {
                Element last = before.children().isEmpty() ? before : before.child(before.childrenSize() - 1);
                lines.add(TextNormalizer.collapse(last.text()));
            }
        }
        return lines;
    }

    /**
     * The site's name as the page sets it in an {@code <h1>}: a heading linked whole to the home page or classed as
     * the site's title or logo ("Four Years Remaining", "2gewinnt | Kabarett | Satire"). Titles repeat it as a
     * segment, and blogs that set every post's title in an {@code <h2>} keep it as their only {@code <h1>}.
     */
    static List<String> siteNames(List<Element> h1s) {
        List<String> names = new ArrayList<>();
        for (Element h1 : h1s) {
            String text = HeadingText.of(h1);
            if (!text.isEmpty() && namesSite(h1)) {
                names.add(text);
            }
        }
        return names;
    }

    private static boolean isSiteHeading(Element h1) {
        return namesSite(h1) || DIALOG_TOKENS.containsAny(ClassTokens.of(h1));
    }

    private static boolean namesSite(Element h1) {
        if (SITE_NAME_TOKENS.containsAny(ClassTokens.of(h1)) || SITE_NAME_TOKENS.containsAny(ClassTokens.names(h1))) {
            return true;
        }
        for (Element link : h1.getElementsByTag("a")) {
            boolean wholeHeading = link.text().strip().length() >= h1.text().strip().length();
            if (wholeHeading && (isHomeLink(link.attr("href")) || SITE_NAME_TOKENS.containsAny(ClassTokens.of(link)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "/", "./", "../", "index.html" or a bare host ("https://example.org/"): the site's home page. A page saved from a
     * web archive links through it ("/web/20140226054445/http://www.example.org/"): the archived address counts.
     */
    static boolean isHomeLink(String href) {
        String path = withoutHost(href.strip().toLowerCase(Locale.ROOT));
        Matcher archived = ARCHIVE_PREFIX.matcher(path);
        if (archived.lookingAt()) {
            path = withoutHost(path.substring(archived.end()));
        }
        return path.isEmpty() || HOME_PATH.matcher(path).matches();
    }

    private static String withoutHost(String href) {
        Matcher host = SCHEME_AND_HOST.matcher(href);
        return host.lookingAt() ? href.substring(host.end()) : href;
    }

    private static boolean isOutside(Element h1) {
        for (Element at = h1.parent(); at != null; at = at.parent()) {
            if (OUTSIDE_TAGS.contains(at.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inArticleArea(Element h1) {
        for (Element at = h1.parent(); at != null; at = at.parent()) {
            if (ARTICLE_AREA_TAGS.contains(at.normalName()) || at.attr("role").equalsIgnoreCase("main")) {
                return true;
            }
        }
        return false;
    }
}
