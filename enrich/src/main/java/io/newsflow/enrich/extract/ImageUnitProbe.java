package io.newsflow.enrich.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells whether an element is a small image unit (an image with at most {@link DomRules#MAX_IMAGE_UNIT_CHARS}
 * characters of text), stopping as soon as the text is too long, so probing a large container costs little.
 */
final class ImageUnitProbe implements NodeFilter {

    private int chars;
    private boolean image;

    private ImageUnitProbe() {}

    static boolean isImageUnit(Element element) {
        ImageUnitProbe probe = new ImageUnitProbe();
        NodeTraversor.filter(probe, element);
        return probe.image && probe.chars <= DomRules.MAX_IMAGE_UNIT_CHARS;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            chars += text.getWholeText().strip().length();
        } else if (node instanceof Element element && DomRules.IMAGE_TAGS.contains(element.normalName())) {
            image = true;
        }
        return chars > DomRules.MAX_IMAGE_UNIT_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
    }
}
