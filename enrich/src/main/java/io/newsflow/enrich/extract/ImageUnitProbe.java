package io.newsflow.enrich.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells whether an element is a small image unit (an image with at most {@link DomRules#MAX_IMAGE_UNIT_CHARS}
 * characters of text), stopping as soon as the text is too long, so probing a large container costs little.
 *
 * <p>An element whose children set a picture between two paragraphs of text ("text, picture, text") is no unit,
 * however short: it is a short post told around its pictures, and its paragraphs are the post, not captions. A
 * caption sits above or below its picture, in the same child or beside it, never on both sides.
 */
final class ImageUnitProbe implements NodeFilter {

    /**
     * Elements that hold a paragraph of text (a user card's name and title lines are divs, not paragraphs); fewer than
     * {@link DomRules#TEXT_TAGS}: list items and quotes beside pictures are a gallery's labels as often as text.
     */
    private static final TokenSet TEXT_TAGS = TokenSet.of("image unit text tags", "p", "h2", "h3", "h4", "h5", "h6");

    private int chars;
    private boolean image;

    private ImageUnitProbe() {}

    static boolean isImageUnit(Element element) {
        ImageUnitProbe probe = new ImageUnitProbe();
        NodeTraversor.filter(probe, element);
        return probe.image && probe.chars <= DomRules.MAX_IMAGE_UNIT_CHARS && !picturesBetweenText(element);
    }

    /**
     * Whether a child holding only a picture sits between two paragraphs or headings holding only text. Reads each
     * child's text: call it on small elements only (an image unit's size).
     */
    static boolean picturesBetweenText(Element element) {
        boolean textBefore = false;
        boolean pictureAfterText = false;
        for (Element child : element.children()) {
            boolean picture = holdsPicture(child);
            boolean text = !child.text().isBlank();
            if (text && !picture && TEXT_TAGS.contains(child.normalName())) {
                if (pictureAfterText) {
                    return true;
                }
                textBefore = true;
            } else if (picture && !text) {
                pictureAfterText |= textBefore;
            }
        }
        return false;
    }

    private static boolean holdsPicture(Element element) {
        for (Element inner : element.getAllElements()) {
            if (DomRules.IMAGE_TAGS.contains(inner.normalName())) {
                return true;
            }
        }
        return false;
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
