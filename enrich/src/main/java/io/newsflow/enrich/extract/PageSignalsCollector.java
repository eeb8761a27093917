package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final Map<String, List<String>> meta = new LinkedHashMap<>();
    private final List<String> jsonLd = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final List<String> bylines = new ArrayList<>();
    private final List<String> tagLinks = new ArrayList<>();
    private final List<String> leads = new ArrayList<>();
    private @Nullable String canonicalUrl;
    private @Nullable String htmlLang;
    private @Nullable String firstTimestamp;
    private @Nullable Element leadFigure;

    private PageSignalsCollector() {}

    static PageSignals collect(Document page) {
        PageSignalsCollector collector = new PageSignalsCollector();
        NodeTraversor.filter(collector, page);
        Map<String, List<String>> meta = new LinkedHashMap<>();
        collector.meta.forEach((key, values) -> meta.put(key, List.copyOf(values)));
        return new PageSignals(
                meta, collector.canonicalUrl, collector.jsonLd, collector.htmlLang, collector.headings,
                collector.bylines, collector.tagLinks, collector.leads, collector.firstTimestamp,
                collector.leadFigure);
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
                headings.add(TextNormalizer.collapse(element.text()));
                return FilterResult.SKIP_CHILDREN;
            }
            case "figure" -> {
                return addFigure(element);
            }
            default -> {
                return classifyByAttributes(element);
            }
        }
        return FilterResult.CONTINUE;
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
            canonicalUrl = nonBlank(element.absUrl("href"));
        }
    }

    private void addScript(Element element) {
        if (element.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            jsonLd.add(element.data());
        }
    }

    private FilterResult addFigure(Element element) {
        if (leadFigure == null && !element.getElementsByTag("img").isEmpty()) {
            leadFigure = element;
        }
        return FilterResult.SKIP_CHILDREN;
    }

    private FilterResult classifyByAttributes(Element element) {
        String tag = element.normalName();
        if (tag.equals("time") || element.hasAttr("itemprop")) {
            noteTimestamp(element, element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content"));
        }
        if (tag.equals("a") && element.attr("rel").equalsIgnoreCase("tag")) {
            tagLinks.add(TextNormalizer.collapse(element.text()));
            return FilterResult.SKIP_CHILDREN;
        }
        if (DomRules.PROTECTED_TAGS.contains(tag)) {
            return FilterResult.CONTINUE;
        }
        if (isByline(element)) {
            bylines.add(TextNormalizer.collapse(element.text()));
            return FilterResult.SKIP_CHILDREN;
        }
        List<String> tokens = ClassTokens.of(element);
        if (DomRules.TAG_LIST_TOKENS.containsAny(tokens) && addTagList(element)) {
            return FilterResult.SKIP_CHILDREN;
        }
        if (DomRules.LEAD_TOKENS.containsAny(tokens) && addLead(element)) {
            return FilterResult.SKIP_CHILDREN;
        }
        return FilterResult.CONTINUE;
    }

    private boolean isByline(Element element) {
        boolean marked = element.attr("rel").equalsIgnoreCase("author")
                || element.attr("itemprop").equalsIgnoreCase("author")
                || DomRules.BYLINE_TOKENS.containsAny(ClassTokens.of(element));
        return marked && element.text().length() <= MAX_BYLINE_CHARS;
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
        boolean published = element.normalName().equals("time")
                || element.attr("itemprop").equalsIgnoreCase("datePublished");
        if (firstTimestamp == null && published && !value.isBlank()) {
            firstTimestamp = value.strip();
        }
    }

    private static @Nullable String nonBlank(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
