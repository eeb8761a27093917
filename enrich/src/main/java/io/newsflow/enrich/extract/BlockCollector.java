package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Walks the page body once, skipping boilerplate subtrees, and emits every text block in reading order.
 *
 * <p>Paragraphs are {@code <p>} elements and also runs of inline content separated by {@code <br>} or
 * block elements, so pages that set text in {@code <div>}s without {@code <p>} still yield paragraphs.
 */
final class BlockCollector {

    /** Block tags that map to a block kind as a whole; other block tags are walked into. */
    private static final Map<String, BlockKind> BLOCK_TAGS = Map.ofEntries(
            Map.entry("p", BlockKind.PARAGRAPH),
            Map.entry("pre", BlockKind.PARAGRAPH),
            Map.entry("h1", BlockKind.HEADING),
            Map.entry("h2", BlockKind.HEADING),
            Map.entry("h3", BlockKind.HEADING),
            Map.entry("h4", BlockKind.HEADING),
            Map.entry("h5", BlockKind.HEADING),
            Map.entry("h6", BlockKind.HEADING),
            Map.entry("blockquote", BlockKind.QUOTE),
            Map.entry("ul", BlockKind.LIST),
            Map.entry("ol", BlockKind.LIST),
            Map.entry("dl", BlockKind.LIST),
            Map.entry("table", BlockKind.TABLE));

    /** Tags that make a table or quote a layout wrapper rather than a data table or a pull quote. */
    private static final TokenSet LAYOUT_CHILD_TAGS =
            TokenSet.of("layout child tags", "p", "div", "table", "h2", "h3", "article", "section");

    /** Inline tags whose text alone on a line reads as a subheading in {@code <br>}-separated text. */
    private static final TokenSet BOLD_TAGS = TokenSet.of("bold tags", "b", "strong");

    /** A bold-only line longer than this, or ending in a full stop, is an emphasised paragraph. */
    private static final int MAX_BOLD_HEADING_CHARS = 120;

    /**
     * A heading element holding blocks and more text than this is a wrapper: an old CMS leaves a {@code <h4>} open
     * around the whole article, and the parser nests the text's divs in it.
     */
    private static final int MAX_WRAPPING_HEADING_CHARS = 300;

    /** What a card of a teaser list holds and a list of sentences does not. */
    private static final Evaluator CARD_PARTS =
            QueryParser.parse("h1, h2, h3, h4, h5, h6, img, picture, figure, article");

    /** What a list item (or a table row) may nest whose items are rows of their own. */
    private static final NestedRows NESTED_LISTS =
            new NestedRows(TokenSet.of("nested lists", "ul", "ol"), QueryParser.parse("ul, ol"));

    private static final NestedRows NESTED_TABLES =
            new NestedRows(TokenSet.of("nested tables", "table"), QueryParser.parse("table"));

    /** Quotation marks and spaces around a quote, which a pull quote adds to the sentence it repeats. */
    private static final Pattern QUOTE_MARKS =
            Pattern.compile("^[\\s\\p{Pi}\\p{Pf}\"'„‚«»‹›]+|[\\s\\p{Pi}\\p{Pf}\"'«»‹›]+$");

    /** A pull quote repeats this many characters of the text at least (or all of itself, when shorter). */
    private static final int PULL_QUOTE_PROBE_CHARS = 40;

    /** A list with less text than this is a list, whatever its markup. */
    private static final int MIN_LAYOUT_LIST_CHARS = 500;

    /** A credit ("Foto: Maria Zöllner") sits within this many characters of the end of its line. */
    private static final int MAX_CREDIT_TAIL_CHARS = 80;

    private final List<CandidateBlock> blocks = new ArrayList<>();
    private final Map<Element, Boolean> imageUnits = new IdentityHashMap<>();
    private int captionDepth;
    private final List<Integer> figureQuotes = new ArrayList<>();

    private final TokenSet boilerplateTokens;
    private final ClassTokens.Memo tokens = new ClassTokens.Memo();

    private final ArticleMarkers markers;

    /** Whether {@code <noscript>} is read: the last pass, for pages that serve their text only to crawlers there. */
    private final boolean readsNoscript;

    private BlockCollector(TokenSet boilerplateTokens, ArticleMarkers markers, boolean readsNoscript) {
        this.boilerplateTokens = boilerplateTokens;
        this.markers = markers;
        this.readsNoscript = readsNoscript;
    }

    /**
     * The text blocks of {@code body} in reading order.
     */
    static List<CandidateBlock> collect(Element body) {
        return collect(body, DomRules.BOILERPLATE_TOKENS);
    }

    /** The text blocks of {@code body}, skipping containers by {@code boilerplateTokens} (strict or relaxed). */
    static List<CandidateBlock> collect(Element body, TokenSet boilerplateTokens) {
        return collect(body, boilerplateTokens, new ArticleMarkers(body));
    }

    /** As {@link #collect(Element, TokenSet)}, sharing the page's article markers with the other passes. */
    static List<CandidateBlock> collect(Element body, TokenSet boilerplateTokens, ArticleMarkers markers) {
        return collect(body, boilerplateTokens, markers, false);
    }

    /** As {@link #collect(Element, TokenSet, ArticleMarkers)}, reading {@code <noscript>} when asked. */
    static List<CandidateBlock> collect(
            Element body, TokenSet boilerplateTokens, ArticleMarkers markers, boolean readsNoscript) {
        BlockCollector collector = new BlockCollector(boilerplateTokens, markers, readsNoscript);
        collector.walk(body);
        collector.keepFigureQuotes();
        return List.copyOf(collector.blocks);
    }

    private void walk(Element element) {
        InlineRun run = new InlineRun();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                run.addText(text.getWholeText());
            } else if (child instanceof Element c && !isSkipped(c)) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    flush(run, element);
                } else if (DomRules.INLINE_TAGS.contains(tag)) {
                    run.addInline(c);
                } else {
                    flush(run, element);
                    visitBlock(c);
                }
            }
        }
        flush(run, element);
    }

    private boolean isSkipped(Element element) {
        String tag = element.normalName();
        if (readsNoscript && tag.equals("noscript")) {
            return false;
        }
        if (DomRules.SKIPPED_TAGS.contains(tag)) {
            // an <aside> is a sidebar, unless a CMS wraps the article in one (redFACT: <aside class="...content">)
            return !tag.equals("aside") || !markers.holdsArticle(element);
        }
        return ClassTokens.isBoilerplate(element, tokens.of(element), tokens.names(element), boilerplateTokens)
                && !markers.holdsArticle(element);
    }

    private void visitBlock(Element element) {
        if (DomRules.FIGURE_TAGS.contains(element.normalName())) {
            captionDepth++;
            walk(element);
            captionDepth--;
            return;
        }
        BlockKind kind = BLOCK_TAGS.get(element.normalName());
        if (kind == null || (kind == BlockKind.TABLE && isLayoutWrapper(element))) {
            walk(element);
        } else if (kind == BlockKind.QUOTE && isLayoutWrapper(element)
                || kind == BlockKind.LIST && isLayoutList(element)
                || kind == BlockKind.HEADING && isWrappingHeading(element)) {
            walk(element);
        } else {
            String text = kind == BlockKind.LIST || kind == BlockKind.TABLE ? rows(element) : element.text();
            boolean wrapsFloat = kind == BlockKind.PARAGRAPH && FloatedImage.within(element);
            int added = blocks.size();
            add(kind, element.normalName().equals("h1"), text, linkChars(element), wrapsFloat ? null : element.parent(),
                    kind == BlockKind.HEADING && SameSite.linksWithin(element), element.parent());
            if (kind == BlockKind.LIST && blocks.size() > added && element.selectFirst(CARD_PARTS) != null) {
                blocks.set(added, blocks.get(added).asCards());
            }
        }
    }

    /**
     * Makes body text of the quotes set in figures that the text does not repeat. HTML sets a quote with its source
     * as {@code <figure><blockquote>quote</blockquote><figcaption>who said it</figcaption></figure>}, and the quote
     * is part of what the page says; a pull quote, set the same way, repeats a sentence of the text in large type and
     * stays a caption.
     */
    private void keepFigureQuotes() {
        for (int index : figureQuotes) {
            CandidateBlock quote = blocks.get(index);
            if (!isRepeated(quote.text(), index)) {
                blocks.set(index, new CandidateBlock(quote.kind(), quote.title(), false, quote.text(),
                        quote.linkChars(), quote.parent(), quote.sameSiteLink()));
            }
        }
    }

    private boolean isRepeated(String quote, int index) {
        String core = QUOTE_MARKS.matcher(quote).replaceAll("");
        // from the second character: a pull quote capitalises a sentence it takes from the middle of another
        String probe =
                core.length() < 2 ? "" : core.substring(1, Math.min(core.length(), PULL_QUOTE_PROBE_CHARS + 1));
        for (int i = 0; i < blocks.size(); i++) {
            CandidateBlock block = blocks.get(i);
            if (i != index && !block.caption() && block.text().contains(probe)) {
                return true;
            }
        }
        return probe.isEmpty();
    }

    private static boolean isLayoutWrapper(Element element) {
        for (Element descendant : element.getAllElements()) {
            if (descendant != element && LAYOUT_CHILD_TAGS.contains(descendant.normalName())) {
                return element.normalName().equals("table") || descendant.normalName().equals("div");
            }
        }
        return false;
    }

    /** A heading that holds blocks and far more text than a heading has: headings hold phrasing content only. */
    private static boolean isWrappingHeading(Element heading) {
        // blocks first: a heading of text alone holds none, and its text is read once, below
        return holdsBlocks(heading) && heading.text().length() > MAX_WRAPPING_HEADING_CHARS;
    }

    /**
     * A list used as page layout: one item holds most of the list's text and lays it out in blocks (a whole article
     * set in {@code <ul><li><div><p>}, a definition list around a text). A list of teasers spreads its text over
     * its items and stays one list block.
     */
    private static boolean isLayoutList(Element list) {
        int total = list.text().length();
        if (total < MIN_LAYOUT_LIST_CHARS) {
            return false;
        }
        for (Element item : list.children()) {
            // a definition's <dd> holding paragraphs is a definition list (API docs, glossaries), not layout
            boolean definition = item.normalName().equals("dd") || item.normalName().equals("dt");
            if (!definition && item.text().length() * 2 > total && holdsBlocks(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsBlocks(Element item) {
        for (Element descendant : item.getAllElements()) {
            if (descendant != item && LAYOUT_CHILD_TAGS.contains(descendant.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String rows(Element element) {
        StringBuilder out = new StringBuilder();
        String rowTag = element.normalName().equals("table") ? "tr" : "li";
        NestedRows nested = rowTag.equals("tr") ? NESTED_TABLES : NESTED_LISTS;
        for (Element row : element.getElementsByTag(rowTag)) {
            String text = TextNormalizer.collapse(rowText(row, nested));
            if (!text.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(text);
            }
        }
        return out.length() == 0 ? element.text() : out.toString();
    }

    /**
     * A row's own text: without the lists (or tables) nested in it, whose rows are rows of their own. An outline
     * ({@code <li>France<ul><li>Bordeaux: ...</li></ul></li>}) would otherwise give each nested item twice, once in
     * its parent's line and once as its own.
     */
    private static String rowText(Element row, NestedRows nested) {
        if (row.selectFirst(nested.query()) == null) {
            return row.text(); // most rows nest nothing
        }
        StringBuilder out = new StringBuilder();
        appendOwnText(row, nested, out);
        return out.toString();
    }

    private static void appendOwnText(Element element, NestedRows nested, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element c && !nested.tags().contains(c.normalName())) {
                boolean inline = DomRules.INLINE_TAGS.contains(c.normalName());
                out.append(inline ? "" : " ");
                appendOwnText(c, nested, out);
                out.append(inline ? "" : " ");
            }
        }
    }

    private static int linkChars(Element element) {
        if (element.normalName().equals("a")) {
            return TextNormalizer.collapse(element.text()).length();
        }
        int chars = 0;
        for (Element link : element.getElementsByTag("a")) {
            chars += TextNormalizer.collapse(link.text()).length();
        }
        return chars;
    }

    private void flush(InlineRun run, Element parent) {
        if (!run.isEmpty()) {
            String text = TextNormalizer.collapse(run.text());
            boolean heading = run.boldOnly() && text.length() <= MAX_BOLD_HEADING_CHARS && !text.endsWith(".");
            add(heading ? BlockKind.HEADING : BlockKind.PARAGRAPH, false, text, run.linkChars(), parent, false, parent);
        }
        run.clear();
    }

    /**
     * Adds a block. {@code unit} is the element probed as an image unit (a picture with its caption), null when the
     * block is a paragraph that wraps its own floated image: text set around a picture is not the picture's caption.
     */
    private void add(BlockKind kind, boolean title, String text, int linkChars, @Nullable Element unit,
            boolean sameSiteLink, Element parent) {
        String collapsed =
                kind == BlockKind.LIST || kind == BlockKind.TABLE ? text.strip() : TextNormalizer.collapse(text);
        if (!collapsed.isEmpty()) {
            // block editors wrap every data table in a <figure>: the table is the figure's content, not its caption
            // (a quote in a figure is settled once the page is read: see keepFigureQuotes)
            boolean inFigure = captionDepth > 0 && kind != BlockKind.TABLE;
            if (inFigure && kind == BlockKind.QUOTE) {
                figureQuotes.add(blocks.size());
            }
            boolean caption = inFigure || (collapsed.length() <= DomRules.MAX_IMAGE_UNIT_CHARS
                    && (endsWithCredit(collapsed) || (unit != null && inImageUnit(unit))));
            blocks.add(new CandidateBlock(
                    kind, title, caption, collapsed, Math.min(linkChars, collapsed.length()), parent, sameSiteLink));
        }
    }

    /** Cheap test first: a credit needs a colon or a copyright sign near the end. */
    private static boolean endsWithCredit(String text) {
        int from = Math.max(0, text.length() - MAX_CREDIT_TAIL_CHARS);
        return (text.indexOf(':', from) >= 0 || text.indexOf('©', from) >= 0 || text.indexOf("(c)", from) >= 0)
                && DomRules.TRAILING_CREDIT.matcher(text).find();
    }

    /**
     * Whether a block in {@code unit} is a caption: {@code unit} or its parent is an image unit. Not its parent when
     * {@code unit} sets its text around pictures: that is a short post, and its parent holds the post's headline.
     */
    private boolean inImageUnit(Element unit) {
        return isImageUnit(unit) || (unit.parent() != null && isImageUnit(unit.parent())
                && !ImageUnitProbe.picturesBetweenText(unit));
    }

    /** A small element with an image and little text: a picture with its caption and credit. */
    private boolean isImageUnit(Element element) {
        return imageUnits.computeIfAbsent(element, e -> !DomRules.PROTECTED_TAGS.contains(e.normalName())
                && ImageUnitProbe.isImageUnit(e));
    }

    /** Inline content accumulated between two block boundaries. */
    private static final class InlineRun {
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private boolean boldOnly = true;

        void addText(String value) {
            text.append(value);
            boldOnly &= value.isBlank();
        }

        void addInline(Element element) {
            boldOnly &= BOLD_TAGS.contains(element.normalName());
            text.append(element.text());
            linkChars += BlockCollector.linkChars(element);
        }

        boolean isEmpty() {
            return text.toString().isBlank();
        }

        String text() {
            return text.toString();
        }

        int linkChars() {
            return linkChars;
        }

        boolean boldOnly() {
            return boldOnly;
        }

        void clear() {
            text.setLength(0);
            linkChars = 0;
            boldOnly = true;
        }
    }

    /** Elements nested in a row whose rows are rows of their own: their tags, and the query that finds them. */
    private record NestedRows(TokenSet tags, Evaluator query) {}
}
