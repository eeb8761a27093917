package io.newsflow.enrich.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The text a heading shows as its headline: without the controls and marks a page sets inside the heading element
 * that are not words of the headline, a button ("Copy item path" in generated API documentation), an element marked
 * {@code hidden} (a bookmark menu), a permalink to the heading itself ("¶" in Sphinx documentation, "#") and the
 * readings of ruby annotations (furigana over Japanese words).
 */
final class HeadingText {

    /** The whole text of a link to the heading it sits in: a pilcrow, a section sign, a hash or a link symbol. */
    private static final Pattern PERMALINK_MARK = Pattern.compile("[¶§#🔗]");

    /**
     * A button, and the parts of a ruby annotation that are not the words themselves: {@code <rt>}, the reading
     * printed small above them (furigana: 子 with こども over it), and {@code <rp>}, the parentheses a browser
     * without ruby shows around that reading. Their text run into the headline ("子こども") is no word of it.
     */
    private static final Set<String> CONTROL_TAGS = Set.of("button", "rt", "rp");

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
        return CONTROL_TAGS.contains(element.normalName())
                || element.hasAttr("hidden")
                || element.normalName().equals("a") && PERMALINK_MARK.matcher(element.text().strip()).matches();
    }
}
