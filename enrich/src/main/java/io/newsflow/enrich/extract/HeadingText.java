package io.newsflow.enrich.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The text a heading shows as its headline: without the controls and marks a page sets inside the heading element
 * that are not words of the headline, a button ("Copy item path" in generated API documentation), an element marked
 * {@code hidden} (a bookmark menu) and a permalink to the heading itself ("¶" in Sphinx documentation, "#").
 */
final class HeadingText {

    /** The whole text of a link to the heading it sits in: a pilcrow, a section sign, a hash or a link symbol. */
    private static final Pattern PERMALINK_MARK = Pattern.compile("[¶§#🔗]");

    private HeadingText() {}

    /** The heading's collapsed text without its controls and permalinks. */
    static String of(Element heading) {
        // most headings hold none: their text is taken as it is, without copying the element
        boolean decorated = false;
        for (Element child : heading.getAllElements()) {
            if (child != heading && isDecoration(child)) {
                decorated = true;
                break;
            }
        }
        if (!decorated) {
            return TextNormalizer.collapse(heading.text());
        }
        Element copy = heading.clone();
        for (Element child : copy.getAllElements()) {
            if (child != copy && child.parent() != null && isDecoration(child)) {
                child.remove();
            }
        }
        return TextNormalizer.collapse(copy.text());
    }

    private static boolean isDecoration(Element element) {
        return element.normalName().equals("button")
                || element.hasAttr("hidden")
                || element.normalName().equals("a") && PERMALINK_MARK.matcher(element.text().strip()).matches();
    }
}
