package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/** Collects {@link PageSignals} in a single traversal of the document. */
final class PageSignalsCollector implements NodeFilter {

    /** Longer elements are containers, not bylines or leads. */
    private static final int MAX_BYLINE_CHARS = 200;

    private static final int MIN_LEAD_CHARS = 40;
    private static final int MAX_LEAD_CHARS = 800;
    private static final int MAX_TAG_LINKS = 30;
    private static final int MAX_DATE_TEXTS = 10;
    private static final int MAX_FIGURES = 10;

    /** Second-level headings kept as headline candidates for pages that set the headline in an {@code <h2>}. */
    private static final int MAX_SUBHEADINGS = 20;

    /** Separators left at the start of a headline once its kicker is cut ({@code <span hidden>: </span>}). */
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s:|\\-–—·»/]+");

    private final Map<String, List<String>> meta = new LinkedHashMap<>();
    private final List<String> jsonLd = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final List<String> subheadings = new ArrayList<>();
    private final List<String> bylines = new ArrayList<>();
    private final List<Integer> bylineLines = new ArrayList<>();
    /** The last byline element added, whose line the next one may share. */
    private @Nullable Element lastByline;
    private final List<String> tagLinks = new ArrayList<>();
    private final List<String> leads = new ArrayList<>();
    private final List<String> dateTexts = new ArrayList<>();
    private @Nullable String canonicalUrl;
    private @Nullable String htmlLang;
    private @Nullable String firstTimestamp;
    private @Nullable String modifiedTimestamp;
    private final List<Element> figures = new ArrayList<>();
    private @Nullable String postAuthor;
    private @Nullable String commentingAuthor;
    private int liveMarkers;
    private int timestamps;
    private int images;
    private int videos;
    private int paywallMarkers;

    /** Bits of {@link #roles}, one per class/id token set the collector asks about. */
    private static final int FOREIGN = 0;
    private static final int PAYWALL = 1;
    private static final int LIVE = 2;
    private static final int DATE = 3;
    private static final int BYLINE = 4;
    private static final int TAG_LIST = 5;
    private static final int LEAD = 6;

    private static final String DATA_AUTHOR = "data-author";

    /**
     * The class WordPress (and themes following it) sets on a comment its post's author wrote; the commenter's name is
     * in the hCard's formatted-name element ({@code <cite class="fn">}).
     */
    private static final String POST_AUTHOR_COMMENT_CLASS = "bypostauthor";
    private static final String FORMATTED_NAME_CLASS = "fn";

    /** The whole class name of a forum post: a part of one ("nested-message") is a reply's own box. */
    private static final String MESSAGE_CLASS = "message";

    /** Subtrees that hold no metadata, visible text or page-type evidence (icon sprites, formulas). */
    private static final TokenSet SIGNAL_FREE_TAGS = TokenSet.of("signal-free tags", "svg", "math");

    private final ClassRoles roles = new ClassRoles(List.of(DomRules.FOREIGN_TOKENS, DomRules.PAYWALL_TOKENS,
            DomRules.LIVE_TOKENS, DomRules.DATE_TOKENS, DomRules.BYLINE_TOKENS, DomRules.TAG_LIST_TOKENS,
            DomRules.LEAD_TOKENS));

    /** Other people's content is matched by what a class names: {@code content-sidebar-wrap} holds the article. */
    private final ClassRoles foreignRoles = new ClassRoles(List.of(DomRules.FOREIGN_TOKENS), true);

    private final ArticleMarkers markers;

    private PageSignalsCollector(ArticleMarkers markers) {
        this.markers = markers;
    }

    static PageSignals collect(Document page) {
        return collect(page, new ArticleMarkers(page));
    }

    /** As {@link #collect(Document)}, sharing the page's article markers with the other passes. */
    static PageSignals collect(Document page, ArticleMarkers markers) {
        PageSignalsCollector collector = new PageSignalsCollector(markers);
        NodeTraversor.filter(collector, page);
        Map<String, List<String>> meta = new LinkedHashMap<>();
        collector.meta.forEach((key, values) -> meta.put(key, List.copyOf(values)));
        return new PageSignals(
                meta,
                collector.canonicalUrl,
                collector.jsonLd,
                collector.htmlLang,
                collector.headings,
                collector.subheadings,
                collector.bylines,
                collector.bylineLines,
                collector.tagLinks,
                collector.leads,
                collector.firstTimestamp,
                collector.modifiedTimestamp,
                collector.dateTexts,
                collector.figures,
                new PageCounts(
                        collector.liveMarkers,
                        collector.timestamps,
                        collector.images,
                        collector.videos,
                        collector.paywallMarkers),
                collector.postAuthor,
                collector.commentingAuthor);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        switch (element.normalName()) {
            case "meta" -> addMeta(element);
            case "link" -> addLink(element);
            case "script" -> addScript(element);
            case "html" -> htmlLang = nonBlank(element.attr("lang"));
            case "h1" -> {
                headings.add(headingText(element));
                return FilterResult.SKIP_CHILDREN;
            }
            case "h2" -> {
                if (subheadings.size() < MAX_SUBHEADINGS) {
                    subheadings.add(headingText(element));
                }
                return classifyByAttributes(element);
            }
            case "figure" -> {
                return addFigure(element);
            }
            default -> {
                if (SIGNAL_FREE_TAGS.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return classifyByAttributes(element);
            }
        }
        return FilterResult.CONTINUE;
    }

    /** The headline's text without a kicker set inside it ({@code <h1><span class=kicker>...}). */
    static String headingText(Element heading) {
        String text = HeadingText.of(heading);
        for (Element child : heading.getAllElements()) {
            if (child != heading && DomRules.KICKER_TOKENS.containsAny(ClassTokens.of(child))) {
                String kicker = TextNormalizer.collapse(child.text());
                int at = kicker.isEmpty() ? -1 : text.indexOf(kicker);
                String rest = at < 0
                        ? text
                        : TextNormalizer.collapse(text.substring(0, at) + " " + text.substring(at + kicker.length()));
                rest = LEADING_SEPARATORS.matcher(rest).replaceFirst("");
                return rest.isEmpty() ? text : rest;
            }
        }
        return text;
    }

    private void addMeta(Element element) {
        String content = element.attr("content");
        for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
            String key = element.attr(attribute);
            if (!key.isEmpty()) {
                meta.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(TextNormalizer.collapse(content));
            }
        }
        noteTimestamp(element, content);
    }

    private void addLink(Element element) {
        if (canonicalUrl == null && element.attr("rel").equalsIgnoreCase("canonical")) {
            canonicalUrl = nonBlank(LeadImageResolver.absolute(element.attr("href"), element.baseUri()));
        }
    }

    private void addScript(Element element) {
        if (element.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            jsonLd.add(element.data());
        }
    }

    private FilterResult addFigure(Element element) {
        if (element.selectFirst(Selectors.IMAGE) != null) {
            images++;
            if (figures.size() < MAX_FIGURES) {
                figures.add(element);
            }
        }
        videos += element.getElementsByTag("video").size();
        return FilterResult.SKIP_CHILDREN;
    }

    private FilterResult classifyByAttributes(Element element) {
        String tag = element.normalName();
        int bits = roles.of(element);
        notePostAuthor(element);
        if (isForeign(element, bits)) {
            noteCommentingAuthor(element);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("time") || tag.equals("abbr") || (element.attributesSize() > 0 && element.hasAttr("itemprop"))) {
            noteTimestamp(element, timestampOf(element));
        }
        noteDateText(element, bits);
        countEvidence(element, bits);
        if (tag.equals("a") && element.attributesSize() > 0 && element.attr("rel").equalsIgnoreCase("tag")) {
            tagLinks.add(TextNormalizer.collapse(element.text()));
            return FilterResult.SKIP_CHILDREN;
        }
        if (DomRules.PROTECTED_TAGS.contains(tag)) {
            return FilterResult.CONTINUE;
        }
        if (isByline(element, bits)) {
            addByline(element);
            return FilterResult.SKIP_CHILDREN;
        }
        if (ClassRoles.has(bits, TAG_LIST) && addTagList(element)) {
            return FilterResult.SKIP_CHILDREN;
        }
        if (ClassRoles.has(bits, LEAD) && addLead(element)) {
            return FilterResult.SKIP_CHILDREN;
        }
        return FilterResult.CONTINUE;
    }

    /**
     * The poster a forum's first message names in its {@code data-author} ({@code <article class="message"
     * data-author="Pepemaus">}): forum software marks every post so, and the first post opens the thread. Read before
     * the element's own foreign check: a post box may carry a class named like a comment's.
     */
    private void notePostAuthor(Element element) {
        if (postAuthor == null && element.attributesSize() > 1 && element.hasAttr(DATA_AUTHOR)
                && element.classNames().contains(MESSAGE_CLASS)) {
            postAuthor = nonBlank(TextNormalizer.collapse(element.attr(DATA_AUTHOR)));
        }
    }

    /**
     * The name in the first comment of a skipped comment section that the blog marks as written by the post's author
     * ({@code <li class="comment bypostauthor"> ... <cite class="fn">Jane Doe</cite>}): blog software knows who wrote
     * the post and says so there, where the post itself may show no byline. Foreign subtrees are skipped whole, so each
     * is searched once.
     */
    private void noteCommentingAuthor(Element element) {
        if (commentingAuthor != null) {
            return;
        }
        @Nullable Element comment = element.hasClass(POST_AUTHOR_COMMENT_CLASS) ? element
                : element.getElementsByClass(POST_AUTHOR_COMMENT_CLASS).first();
        @Nullable Element name = comment == null ? null : comment.getElementsByClass(FORMATTED_NAME_CLASS).first();
        if (name != null) {
            commentingAuthor = nonBlank(TextNormalizer.collapse(name.text()));
        }
    }

    /** Comments, related stories and the like, unless they hold the article itself. */
    private boolean isForeign(Element element, int bits) {
        String tag = element.normalName();
        boolean foreign = tag.equals("aside") || tag.equals("nav")
                || (ClassRoles.has(bits, FOREIGN) && ClassRoles.has(foreignRoles.of(element), 0));
        return foreign && !DomRules.PROTECTED_TAGS.contains(tag) && !markers.holdsArticle(element);
    }

    private void countEvidence(Element element, int bits) {
        paywallMarkers += ClassRoles.has(bits, PAYWALL) ? 1 : 0;
        switch (element.normalName()) {
            case "time" -> timestamps++;
            case "img", "amp-img" -> images++;
            case "video", "amp-video", "amp-youtube" -> videos++;
            case "iframe" -> videos += isVideoSource(element.attr("src")) ? 1 : 0;
            default -> liveMarkers += ClassRoles.has(bits, LIVE) ? 1 : 0;
        }
    }

    private static boolean isVideoSource(String src) {
        String lower = src.toLowerCase(Locale.ROOT);
        return DomRules.VIDEO_SOURCE_WORDS.tokens().stream().anyMatch(lower::contains);
    }

    private static String timestampOf(Element element) {
        if (element.hasAttr("datetime")) {
            return element.attr("datetime");
        }
        return element.normalName().equals("abbr") ? element.attr("title") : element.attr("content");
    }

    private void noteDateText(Element element, int bits) {
        boolean marked = (element.normalName().equals("time") && !element.hasAttr("datetime"))
                || ClassRoles.has(bits, DATE);
        if (marked && dateTexts.size() < MAX_DATE_TEXTS) {
            String text = TextNormalizer.collapse(element.text());
            if (!text.isEmpty() && text.length() <= DateTextParser.MAX_DATE_TEXT_CHARS && !labelledUpdate(element)) {
                dateTexts.add(text);
            }
        }
    }

    /** Whether the short line holding a date says it is an update ("<p>Last updated</p><time>Aug 4</time>"). */
    private static boolean labelledUpdate(Element element) {
        Element parent = element.parent();
        String line = parent == null ? "" : TextNormalizer.collapse(parent.text());
        return line.length() <= DateTextParser.MAX_DATE_TEXT_CHARS
                && HeadlineArea.isUpdateLine(line.toLowerCase(Locale.ROOT));
    }

    /**
     * Adds the names a byline element marks ({@code itemprop=name}, {@code class=author-name}, {@code rel=author}),
     * else its whole text: "Eingestellt von <span itemprop=name>Lena Hartmann</span>" gives the name alone.
     */
    private void addByline(Element element) {
        List<String> marked = new ArrayList<>();
        for (Element child : element.getAllElements()) {
            if (child != element) {
                noteDateText(child, roles.of(child)); // "author-box" blocks often hold the date line too
            }
            boolean name = child != element && (child.attr("itemprop").equalsIgnoreCase("name")
                    || child.attr("rel").equalsIgnoreCase("author") || ClassTokens.of(child).contains("name"));
            String text = name ? TextNormalizer.collapse(child.text()) : "";
            if (!text.isEmpty() && !marked.contains(text)) {
                marked.add(text);
            }
        }
        if (marked.isEmpty()) {
            bylines.add(TextNormalizer.collapse(element.text()));
        } else {
            bylines.add(String.join(", ", marked));
        }
        int line = bylineLines.isEmpty() ? 0 : bylineLines.get(bylineLines.size() - 1);
        bylineLines.add(sharesLine(lastByline, element) ? line : line + 1);
        lastByline = element;
    }

    /**
     * Whether a byline element sits in the short line of the previous one: "By <span class=author>A</span>,
     * <span class=author>B</span>" marks each co-author apart within one parent no longer than a byline. Byline
     * elements elsewhere (a teaser's, a commenter's, an affiliation) start a line of their own.
     */
    private static boolean sharesLine(@Nullable Element previous, Element element) {
        Element parent = previous == null ? null : previous.parent();
        if (parent == null) {
            return false;
        }
        for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor == parent) {
                return parent.text().length() <= MAX_BYLINE_CHARS;
            }
        }
        return false;
    }

    private boolean isByline(Element element, int bits) {
        boolean marked = ClassRoles.has(bits, BYLINE)
                || (element.attributesSize() > 0
                        && (element.attr("rel").equalsIgnoreCase("author")
                                || element.attr("itemprop").equalsIgnoreCase("author")));
        return marked && element.text().length() <= MAX_BYLINE_CHARS && !TeaserCard.holds(element);
    }

    private boolean addTagList(Element element) {
        List<Element> links = element.getElementsByTag("a");
        if (links.isEmpty() || links.size() > MAX_TAG_LINKS) {
            return false;
        }
        links.forEach(link -> tagLinks.add(TextNormalizer.collapse(link.text())));
        return true;
    }

    private boolean addLead(Element element) {
        String text = TextNormalizer.collapse(element.text());
        if (text.length() < MIN_LEAD_CHARS || text.length() > MAX_LEAD_CHARS) {
            return false;
        }
        leads.add(text);
        return true;
    }

    private void noteTimestamp(Element element, String value) {
        if (value.isBlank()) {
            return;
        }
        List<String> tokens = ClassTokens.of(element);
        boolean modified = tokens.contains("updated") || tokens.contains("modified")
                || element.attr("itemprop").equalsIgnoreCase("dateModified");
        boolean published = element.normalName().equals("time")
                || element.attr("itemprop").equalsIgnoreCase("datePublished")
                || (element.normalName().equals("abbr") && tokens.contains("published"));
        if (modified && modifiedTimestamp == null) {
            modifiedTimestamp = value.strip();
        } else if (!modified && published && firstTimestamp == null) {
            firstTimestamp = value.strip();
        }
    }

    private static @Nullable String nonBlank(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
