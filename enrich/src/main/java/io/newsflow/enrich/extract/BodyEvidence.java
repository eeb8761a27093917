package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Counts page-type evidence inside the chosen body: images, video players, timestamps and live-blog markers. Pictures
 * in a sidebar or {@code <time>} elements in a teaser rail say nothing about the article, so the verdict counts only
 * what the body holds.
 */
final class BodyEvidence implements NodeFilter {

    private final ClassRoles live = new ClassRoles(List.of(DomRules.LIVE_TOKENS));

    /** Live entries often show their time in a {@code <div class="post__time">} rather than a {@code <time>}. */
    private final ClassRoles dated = new ClassRoles(List.of(DomRules.DATE_TOKENS), true);
    private int liveMarkers;
    private int timestamps;
    private int images;
    private int videos;

    private BodyEvidence() {}

    /** The counts inside {@code roots} (the body container and any sibling merged with it); no paywall count. */
    static PageCounts count(List<Element> roots) {
        BodyEvidence evidence = new BodyEvidence();
        for (Element root : roots) {
            NodeTraversor.filter(evidence, root);
        }
        if (!roots.isEmpty()) {
            evidence.countLiveAncestors(roots.get(0));
        }
        return new PageCounts(evidence.liveMarkers, evidence.timestamps, evidence.images, evidence.videos, 0);
    }

    /** A live blog often marks the wrapper of its entries ({@code <div class="liveblog">}), an ancestor of the body. */
    private void countLiveAncestors(Element container) {
        for (Element at = container.parent(); at != null; at = at.parent()) {
            liveMarkers += ClassRoles.has(live.of(at), 0) ? 1 : 0;
        }
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        switch (element.normalName()) {
            case "figure" -> {
                images += element.selectFirst(Selectors.IMAGE) != null ? 1 : 0;
                videos += element.getElementsByTag("video").size();
                return FilterResult.SKIP_CHILDREN;
            }
            case "time" -> timestamps++;
            case "img", "amp-img" -> images++;
            case "video", "amp-video", "amp-youtube" -> videos++;
            case "iframe" -> videos += isVideoSource(element.attr("src")) ? 1 : 0;
            case "script", "style", "svg", "noscript", "template" -> {
                return FilterResult.SKIP_ENTIRELY;
            }
            default -> {
                liveMarkers += ClassRoles.has(live.of(element), 0) ? 1 : 0;
                timestamps += ClassRoles.has(dated.of(element), 0) && isShort(element) ? 1 : 0;
            }
        }
        return FilterResult.CONTINUE;
    }

    /** A time shown as text is a short line ("21:48", "vor 5 Minuten"), not a container. */
    private static boolean isShort(Element element) {
        return element.childrenSize() <= 2 && element.text().length() <= DateTextParser.MAX_DATE_TEXT_CHARS;
    }

    static boolean isVideoSource(String src) {
        String lower = src.toLowerCase(Locale.ROOT);
        return DomRules.VIDEO_SOURCE_WORDS.tokens().stream().anyMatch(lower::contains);
    }
}
