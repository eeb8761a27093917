package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * What a page shows next to its visible headline: the machine-readable times, the short date lines and the byline
 * lines of the article header. Pages that give no structured date or author show them there, as text ("By Jane Doe",
 * "Von Max Muster", "July 26, 2023"), often without a class that says so; read only there, a date or name is never
 * one of a related item, a comment or the site header.
 *
 * @param timestamps {@code datetime}/{@code content} values of publication-time elements, in order
 * @param dateTexts short text lines holding a date, in order, without lines that say they are an update
 * @param bylines short lines that open with a byline word ("By", "Von", "Par", "Por", "Written by ...")
 * @param authorLinks the text of links to an author page ({@code /author/jane-doe}) or marked {@code rel=author}
 */
record HeadlineArea(List<String> timestamps, List<String> dateTexts, List<String> bylines, List<String> authorLinks) {

    static final HeadlineArea NONE = new HeadlineArea(List.of(), List.of(), List.of(), List.of());

    /**
     * Lines that name a later version: their date is not the publication date. A forum thread's "last post by ..."
     * line under its title dates its latest reply, not its opening post.
     */
    static final TokenSet UPDATE_WORDS = TokenSet.of(
            "update words", "updated", "update", "last updated", "modified", "aktualisiert", "zuletzt aktualisiert",
            "geändert", "mis à jour", "mise à jour", "actualizado", "actualización", "aggiornato", "bijgewerkt",
            "edited", "revised", "atualizado", "letzte änderung", "zuletzt geändert", "last post", "letzter beitrag");

    /** Path segments of links to an author's page. */
    static final TokenSet AUTHOR_PATHS = TokenSet.of(
            "author link paths", "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori",
            "journalist", "journalists", "journalisten", "reporter", "reporters", "writer", "writers", "byline");

    /**
     * Subtrees never read: navigation, media, forms, and containers of other content. A quotation is another's words:
     * an embedded social post ({@code <blockquote class="instagram-media">}, "Ein Beitrag geteilt von ... am Apr 21,
     * 2019") carries its own poster's date and name, not the article's.
     */
    static final TokenSet SKIPPED_TAGS = TokenSet.of(
            "headline area skipped tags", "nav", "aside", "footer", "script", "style", "noscript", "svg", "figure",
            "figcaption", "form", "button", "select", "iframe", "template", "blockquote");

    /** A link's scheme and host, cut before its path is read; compiled once, it runs for every link near a headline. */
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-z][a-z0-9+.-]*://[^/]*");

    /** Where a link's path splits into segments: slashes, and the query or fragment that ends it. */
    private static final Pattern PATH_SEPARATORS = Pattern.compile("[/?#]");

    /** Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign. */
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");

    /** Curly single and double quotes, low and high, and the straight double quote: all become one plain quote. */
    private static final Pattern QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\"]");

    /** Elements read after the headline before the header is taken to be over. */
    private static final int MAX_ELEMENTS = 120;

    /** Text read after the headline (lead, teaser) before the body is taken to have begun. */
    private static final int MAX_TEXT_CHARS = 1500;

    /** Longer text is a paragraph, not a date or byline line. */
    private static final int MAX_LINE_CHARS = 120;

    /** A headline container with more text than the headline and this is a page section, not the header. */
    private static final int MAX_HEADER_EXTRA_CHARS = 600;

    private static final int MAX_LINK_NAME_WORDS = 5;

    /** Blocks read above the headline's block, and their largest size: a meta line, not a page section. */
    private static final int MAX_BLOCKS_ABOVE = 2;
    private static final int MAX_BLOCK_ABOVE_CHARS = 300;

    HeadlineArea {
        timestamps = List.copyOf(timestamps);
        dateTexts = List.copyOf(dateTexts);
        bylines = List.copyOf(bylines);
        authorLinks = List.copyOf(authorLinks);
    }

    /** The area around the heading that shows {@code title}, else around the first {@code <h1>}. */
    static HeadlineArea scan(Document page, String title) {
        Element headline = headline(page, title);
        return headline == null ? NONE : around(headline);
    }

    /**
     * {@code area} when it shows a date, else the area of another heading that the document's {@code <title>}
     * names: when the title chosen is a widget's heading ("Twitter Talk", an {@code <h1>} in the sidebar), the
     * article's own headline, the one its {@code <title>} repeats, shows the date beside it. When no heading shows
     * either title, the area of the heading just above the first paragraph of {@code blocks}, the body.
     */
    static HeadlineArea datedOr(HeadlineArea area, Document page, String title, String documentTitle,
            Supplier<List<BodyBlock>> blocks) {
        if (area.dated()) {
            return area;
        }
        Element shown = matching(page, title);
        Element chosen = shown != null ? shown : page.selectFirst(Selectors.H1);
        Element titled = matching(page, documentTitle);
        HeadlineArea titledArea = titled == null || titled == chosen ? area : around(titled);
        if (titledArea.dated()) {
            return titledArea;
        }
        // a section heading of the body that repeats the title ("How Does X Work" as an <h2>) shows no date; the
        // page's one <h1>, worded apart from the declared title, is the headline its template dates (with several
        // <h1>s the first is as often the site's or a news ticker's, dated with today)
        List<Element> h1s = page.getElementsByTag("h1");
        Element h1 = h1s.size() == 1 ? h1s.get(0) : null;
        HeadlineArea h1Area = h1 == null || h1 == chosen || h1 == titled ? titledArea : around(h1);
        if (h1Area.dated() || titled != null || shown != null) {
            return h1Area;
        }
        // no heading shows the title (a <title> that names only the site or its section): the heading set just
        // above the body's text is the article's headline
        Element above = BodyHeadline.above(page, blocks.get());
        return above == null || above == chosen || above == h1 ? h1Area : around(above);
    }

    /** Whether the area shows a publication time or a date line. */
    boolean dated() {
        return !timestamps.isEmpty() || !dateTexts.isEmpty();
    }

    private static HeadlineArea around(Element headline) {
        Element parent = headline.parent();
        // a small wrapper holds lines set above the headline (date, kicker); a large one is the site's page
        boolean wrapper = parent != null && !parent.normalName().equals("body")
                && parent.text().length() <= headline.text().length() + MAX_HEADER_EXTRA_CHARS;
        Element start = wrapper ? parent : headline;
        Reader reader = new Reader(headline);
        // a date or byline set just above the headline's block (a meta line before the title)
        List<Element> above = new ArrayList<>();
        for (Element before = start.previousElementSibling(); before != null && above.size() < MAX_BLOCKS_ABOVE
                && before.text().length() <= MAX_BLOCK_ABOVE_CHARS; before = before.previousElementSibling()) {
            above.add(0, before);
        }
        above.forEach(block -> NodeTraversor.filter(reader, block));
        NodeTraversor.filter(reader, start);
        // then the elements that follow in document order, until the budget is spent
        for (Element at = start; at != null && !reader.done(); at = at.parent()) {
            for (Element next = at.nextElementSibling();
                    next != null && !reader.done();
                    next = next.nextElementSibling()) {
                NodeTraversor.filter(reader, next);
            }
        }
        return new HeadlineArea(
                reader.timestamps, reader.lines.dateTexts(), reader.lines.bylines(), reader.authorLinks);
    }

    private static @Nullable Element headline(Document page, String title) {
        Element matching = matching(page, title);
        return matching != null ? matching : page.selectFirst(Selectors.H1);
    }

    /** The first {@code <h1>} or {@code <h2>} that shows {@code title} (or most of it), or null. */
    private static @Nullable Element matching(Document page, String title) {
        String wanted = comparable(title);
        if (wanted.isEmpty()) {
            return null;
        }
        Element heading = matching(page.select(Selectors.H1_OR_H2), wanted);
        // a template that sets its headline in an <h3> (an app's page header): read only when no <h1>/<h2> shows it
        return heading != null ? heading : matching(page.getElementsByTag("h3"), wanted);
    }

    private static @Nullable Element matching(List<Element> headings, String wanted) {
        for (Element heading : headings) {
            if (shows(comparable(heading.text()), wanted)) {
                return heading;
            }
        }
        return null;
    }

    /** Whether a heading's {@link #comparable} text shows the comparable title {@code wanted}, or most of it. */
    static boolean shows(String text, String wanted) {
        return !text.isEmpty() && (text.contains(wanted) || wanted.contains(text))
                && text.length() * 2 >= wanted.length();
    }

    /**
     * A title as compared with a heading: collapsed, lower case, its dashes and quotes made plain, since a CMS
     * typesets the heading ("Queer Royal - Über") and its declared title ("Queer Royal – Über") apart.
     */
    static String comparable(String text) {
        String plain = DASHES.matcher(TextNormalizer.collapse(text).toLowerCase(Locale.ROOT)).replaceAll("-");
        return QUOTES.matcher(plain).replaceAll("'");
    }

    /** Reads the elements in document order, from the headline's container on, until the budget is spent. */
    private static final class Reader implements NodeFilter {
        private final Element headline;
        private final Set<Element> headlineAncestors;
        private final List<String> timestamps = new ArrayList<>();
        private final HeaderLines lines = new HeaderLines();
        private final List<String> authorLinks = new ArrayList<>();
        private boolean afterHeadline;
        private boolean pastText;
        private int elementsAfter;
        private int charsAfter;

        Reader(Element headline) {
            this.headline = headline;
            this.headlineAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
            headlineAncestors.addAll(headline.parents());
        }

        boolean done() {
            return elementsAfter > MAX_ELEMENTS || charsAfter > MAX_TEXT_CHARS;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (done()) {
                return FilterResult.STOP;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (element == headline) {
                afterHeadline = true;
                element.getElementsByTag("time").forEach(this::noteTimestamp);
                lines.noteInsideHeadline(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (!afterHeadline && headlineAncestors.contains(element)) {
                return FilterResult.CONTINUE; // the header around the headline: its lines are read one by one
            }
            if (SKIPPED_TAGS.contains(element.normalName()) || isForeign(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            elementsAfter += afterHeadline ? 1 : 0;
            noteTimestamp(element);
            noteAuthorLink(element);
            String text = TextNormalizer.collapse(element.text());
            if (text.length() > MAX_LINE_CHARS) {
                charsAfter += afterHeadline ? ownTextLength(element) : 0;
                if (afterHeadline) {
                    lines.noteLeadingDate(element, text);
                    lines.noteOwnDate(element);
                    pastText |= element.normalName().equals("p");
                }
                return FilterResult.CONTINUE;
            }
            charsAfter += afterHeadline ? text.length() : 0;
            if (pastText && BylineParser.opensWithAmbiguousLabel(text)) {
                // below a paragraph of the text, "With Live Translation" heads a section: a credit stands above it
                return FilterResult.SKIP_CHILDREN;
            }
            lines.note(element, text);
            element.getElementsByTag("time").forEach(this::noteTimestamp);
            element.select(Selectors.LINK).forEach(this::noteAuthorLink);
            return FilterResult.SKIP_CHILDREN;
        }

        private void noteTimestamp(Element element) {
            boolean time = element.normalName().equals("time") && element.hasAttr("datetime");
            String itemprop = element.attr("itemprop").toLowerCase(Locale.ROOT);
            boolean published = itemprop.equals("datepublished") || itemprop.equals("datecreated");
            if (!time && !published) {
                return;
            }
            String value = element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content");
            List<String> tokens = ClassTokens.of(element);
            boolean modified = itemprop.equals("datemodified")
                    || tokens.contains("updated")
                    || tokens.contains("modified")
                    || isUpdateLine(parentText(element));
            if (!modified && !value.isBlank() && !timestamps.contains(value.strip())) {
                timestamps.add(value.strip());
            }
        }

        private void noteAuthorLink(Element element) {
            if (!element.normalName().equals("a")) {
                return;
            }
            String text = TextNormalizer.collapse(element.text());
            boolean marked = element.attr("rel").equalsIgnoreCase("author") || isAuthorPath(element.attr("href"));
            int words = text.isEmpty() ? 0 : text.split(" ").length;
            if (marked && words >= 1 && words <= MAX_LINK_NAME_WORDS && !authorLinks.contains(text)) {
                authorLinks.add(text);
            }
        }

        private static int ownTextLength(Element element) {
            return TextNormalizer.collapse(element.ownText()).length();
        }

        private static String parentText(Element element) {
            Element parent = element.parent();
            String text = parent == null ? element.text() : parent.text();
            return TextNormalizer.collapse(text).toLowerCase(Locale.ROOT);
        }

        private static boolean isForeign(Element element) {
            // what a class names, not a word inside it: "ArticleHeaderComment_publishDate" is the header's date
            return element.attributesSize() > 0 && DomRules.FOREIGN_TOKENS.containsAny(ClassTokens.names(element));
        }
    }

    /** Whether a line opens with a word that marks an update ("Updated: ...", "Aktualisiert am ..."). */
    static boolean isUpdateLine(String lower) {
        String line = lower.strip();
        for (String word : UPDATE_WORDS.tokens()) {
            if (line.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAuthorPath(String href) {
        String path = SCHEME_AND_HOST.matcher(href.toLowerCase(Locale.ROOT)).replaceFirst("");
        String[] segments = PATH_SEPARATORS.split(path);
        // "/author/jane-doe": an author segment followed by the author's own
        for (int i = 0; i < segments.length - 1; i++) {
            if (AUTHOR_PATHS.contains(segments[i]) && !segments[i + 1].isBlank()) {
                return true;
            }
        }
        return false;
    }
}
