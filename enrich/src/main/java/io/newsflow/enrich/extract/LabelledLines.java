package io.newsflow.enrich.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The author and publication-date lines a page marks with a label anywhere outside navigation, comments and related
 * items (a plain {@code <aside>}, a post's facts box or author card, is read), for pages that show neither next to
 * the headline: "Written by Jane Doe" in an author box after the text, {@code <h5>Autor:</h5> Peter Maahn},
 * {@code <h4>Published</h4><div>July 8, 2025</div>}, "Erschienen am: 01.11.2023".
 * A label alone takes the text that follows it as its value.
 *
 * @param bylines byline lines ("Written by Jane Doe"), in document order
 * @param dateTexts publication-date lines ("Published July 8, 2025"), in document order, none an update
 */
record LabelledLines(List<String> bylines, List<String> dateTexts) {

    /** Words that open a publication-date line or label it. */
    static final TokenSet PUBLISHED_LABELS = TokenSet.of(
            "publication date labels", "published", "published on", "posted", "posted on", "date published",
            "publication date", "veröffentlicht", "veröffentlicht am", "erschienen", "erschienen am", "publiziert",
            "publiziert am", "datum", "publié le", "publié", "publiée le", "mise en ligne", "mise en ligne le",
            "date de publication", "publicado", "publicado el", "publicada", "publicada el", "publicado em",
            "fecha de publicación", "pubblicato", "pubblicato il", "data di pubblicazione");

    /** A label is a short line; longer text is a sentence. */
    private static final int MAX_LABELLED_LINE_CHARS = 100;

    private static final int MAX_LINES = 8;

    /** A line holds a few inline elements (a link, a time); more children make it a container. */
    private static final int MAX_LABELLED_CHILDREN = 6;

    /** The one foreign class token whose box is still read for a labelled publication date. */
    private static final String SIDEBAR = "sidebar";

    private static final Pattern LABEL_END = Pattern.compile("\\s*:?\\s*$");

    /** Dashes a signature-like byline opens with ("---- by Jane Doe", "— Von Jana Holzer"). */
    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s\\p{Pd}]+");

    /**
     * Subtrees never read: navigation, scripts and forms. An {@code <aside>} is read: a post's facts box ("Author" /
     * "Published") or an author card is set in one, and these lines are asked for only when no other source names
     * the author.
     */
    private static final TokenSet SKIPPED_TAGS = TokenSet.of(
            "labelled lines skipped tags", "nav", "script", "style", "noscript", "svg", "form", "button",
            "select", "template", "head");

    LabelledLines {
        bylines = List.copyOf(bylines);
        dateTexts = List.copyOf(dateTexts);
    }

    /** The scan, run once and only when asked: most pages give their author and date before it is needed. */
    static Supplier<LabelledLines> lazy(Document page) {
        return new Once<>(() -> scan(page));
    }

    static LabelledLines scan(Document page) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, page);
        return new LabelledLines(collector.bylines, collector.dateTexts);
    }

    /** The label a short line is made of alone ("Written by", "Autor:", "Published"), or null. */
    static @Nullable String labelOnly(String line) {
        String label = LABEL_END
                .matcher(BylineParser.LEADING_DECORATION.matcher(line).replaceFirst(""))
                .replaceFirst("");
        String lower = label.toLowerCase(Locale.ROOT);
        return BylineParser.isPrefixOnly(label) || PUBLISHED_LABELS.contains(lower) ? label : null;
    }

    private static final class Collector implements NodeFilter {
        private final List<String> bylines = new ArrayList<>();
        private final List<String> dateTexts = new ArrayList<>();
        /** The sidebar being read, for its date lines only, or null. */
        private @Nullable Element sidebar;

        @Override
        public FilterResult head(Node node, int depth) {
            if (bylines.size() >= MAX_LINES && dateTexts.size() >= MAX_LINES) {
                return FilterResult.STOP;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (SKIPPED_TAGS.contains(element.normalName())) {
                return FilterResult.SKIP_ENTIRELY;
            }
            // the page's frame (html, body, main, article) is never a foreign box: "one-sidebar" or "has-comments" on
            // <body> says what the layout holds besides the article, as the page signals read it
            if (element.attributesSize() > 0 && !DomRules.PROTECTED_TAGS.contains(element.normalName())) {
                List<String> tokens = ClassTokens.of(element);
                if (DomRules.FOREIGN_TOKENS.containsAny(tokens)) {
                    // a sidebar of the article's own template shows its "Published" line there; other foreign boxes
                    // (comments, related items) and every byline of a sidebar (an author widget) stay unread
                    if (!onlySidebar(tokens)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    sidebar = sidebar == null ? element : sidebar;
                }
            }
            if (hasBreak(element)) {
                brokenLines(element).forEach(this::noteDateLine);
            }
            if (!hasOwnText(element)) {
                return FilterResult.CONTINUE; // most elements are containers: no own text to build
            }
            String own = TextNormalizer.collapse(element.ownText());
            if (own.isEmpty()
                    || own.length() > MAX_LABELLED_LINE_CHARS
                    || !Character.isLetter(firstLetterOrDigit(own))) {
                return FilterResult.CONTINUE;
            }
            if (element.childrenSize() > MAX_LABELLED_CHILDREN) {
                return FilterResult.CONTINUE; // a container with a stray word of its own, not a line
            }
            String text = TextNormalizer.collapse(element.text());
            if (text.length() <= MAX_LABELLED_LINE_CHARS) {
                note(element, text);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == sidebar) {
                sidebar = null;
            }
            return FilterResult.CONTINUE;
        }

        private static boolean onlySidebar(List<String> tokens) {
            for (String token : tokens) {
                if (DomRules.FOREIGN_TOKENS.contains(token) && !token.equals(SIDEBAR)) {
                    return false;
                }
            }
            return true;
        }

        private void note(Element element, String text) {
            String label = labelOnly(text);
            // "---- by Jane Doe", "— Von Jana Holzer": a dash set before the byline word is decoration (a copyright
            // sign is not: "© by WhatsBroadcast" credits a widget)
            String line = label == null ? LEADING_DASHES.matcher(text).replaceFirst("")
                    : label + " " + following(element);
            boolean byline = BylineParser.isByline(line) || !BylineHandle.credited(line).isEmpty();
            if (byline && sidebar == null && !bylines.contains(line)) {
                bylines.add(line);
            }
            if (byline && sidebar == null) {
                noteDateAfterByline(element);
            }
            noteDateLine(line);
        }

        private static boolean hasOwnText(Element element) {
            for (Node child = element.firstChild(); child != null; child = child.nextSibling()) {
                if (child instanceof TextNode text && !text.isBlank()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a child of the element is a {@code <br>}; a loop, as a query would be parsed for every element. */
        private static boolean hasBreak(Element element) {
            // walks the nodes: childrenSize() and child(i) build a list of the element children for every element
            for (Node child = element.firstChild(); child != null; child = child.nextSibling()) {
                if (child instanceof Element br && br.normalName().equals("br")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The date an author box sets alone in the line after its byline ("Written by Jane Doe", then "April 8,
         * 2024"): a post template's credit, under the text as often as above it, names the author and the day
         * together, without a label for the day.
         */
        private void noteDateAfterByline(Element byline) {
            Element next = byline.nextElementSibling();
            String text = next == null ? "" : TextNormalizer.collapse(next.text());
            if (dateTexts.size() < MAX_LINES && !dateTexts.contains(text) && HeaderLines.isPublicationDateOnly(text)) {
                dateTexts.add(text);
            }
        }

        /**
         * The lines of an element set apart by {@code <br>}: a footer paragraph stacks its lines that way ("Letzte
         * Änderung: 31.10.2023<br>Erschienen am: 01.11.2023<br>Lesungen: 61"), too long as one line to be read.
         */
        private static List<String> brokenLines(Element element) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (Node child : element.childNodes()) {
                if (child instanceof Element br && br.normalName().equals("br")) {
                    lines.add(TextNormalizer.collapse(line.toString()));
                    line.setLength(0);
                } else {
                    line.append(child instanceof TextNode text ? text.text()
                            : child instanceof Element inline ? inline.text() : "").append(' ');
                }
            }
            lines.add(TextNormalizer.collapse(line.toString()));
            return lines;
        }

        private void noteDateLine(String line) {
            String lower = line.toLowerCase(Locale.ROOT);
            boolean published = PUBLISHED_LABELS.tokens().stream().anyMatch(lower::startsWith);
            if (published && !HeadlineArea.isUpdateLine(lower) && line.length() <= DateTextParser.MAX_DATE_TEXT_CHARS
                    && dateTexts.size() < MAX_LINES && !dateTexts.contains(line)
                    && DateTextParser.parse(line, ZoneOffset.UTC).isPresent()) {
                dateTexts.add(line);
            }
        }

        /** The text after a label: its next non-blank sibling, text or element. */
        private static String following(Element label) {
            for (Node next = label.nextSibling(); next != null; next = next.nextSibling()) {
                String text = next instanceof TextNode textNode ? textNode.text()
                        : next instanceof Element element ? element.text() : "";
                text = TextNormalizer.collapse(text);
                if (!text.isEmpty()) {
                    return text.length() > MAX_LABELLED_LINE_CHARS ? "" : text;
                }
            }
            return "";
        }

        private static int firstLetterOrDigit(String text) {
            return text.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(' ');
        }
    }
}
