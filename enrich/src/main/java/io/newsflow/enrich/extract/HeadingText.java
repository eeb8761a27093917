package io.newsflow.enrich.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The text a heading shows as its headline: without the controls and marks a page sets inside the heading element
 * that are not words of the headline, a button ("Copy item path" in generated API documentation), an element marked
 * {@code hidden} (a bookmark menu), a permalink to the heading itself ("¶" in Sphinx documentation, "#") and the
 * readings of ruby annotations (furigana over Japanese words), and a label the page reads only to screen readers
 * before the headline ({@code <span class="visually-hidden">Collection: </span>Sennheiser}).
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

    /**
     * Class names of the common CSS frameworks and CMSs for text kept off the screen and read only to screen readers
     * (Bootstrap's {@code sr-only}, WordPress' {@code screen-reader-text}, Drupal's {@code element-invisible},
     * Foundation's {@code show-for-sr}, the {@code visually-hidden} utility).
     */
    private static final Set<String> SCREEN_READER_CLASSES = Set.of(
            "sr-only", "visually-hidden", "visuallyhidden", "u-visually-hidden", "screen-reader-text",
            "screen-reader-only", "element-invisible", "show-for-sr", "a11y-hidden", "hidden-visually");

    /** The inline style of the visually-hidden utilities: clipped to nothing. */
    private static final Pattern CLIPPED_STYLE =
            Pattern.compile("clip\\s*:\\s*rect\\(\\s*0|clip-path\\s*:\\s*inset\\(\\s*50\\s*%", Pattern.CASE_INSENSITIVE);

    /** A responsive variant that shows the element again from a screen width up ("md:not-sr-only"). */
    private static final Pattern SHOWN_FROM_BREAKPOINT = Pattern.compile("(sm|md|lg|xl|2xl):not-sr-only");

    private HeadingText() {}

    /** The heading's collapsed text without its controls and permalinks. */
    static String of(Element heading) {
        // most headings hold none: their text is taken as it is, without copying the element
        boolean decorated = false;
        for (Element child : heading.getAllElements()) {
            if (child != heading && (isDecoration(child) || isScreenReaderOnly(child))) {
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
        withoutLeadingLabel(copy);
        return TextNormalizer.collapse(copy.text());
    }

    /**
     * Removes a screen-reader label that opens the heading ("Collection: ", "Headline:"): the page keeps it off the
     * screen, so a reader sees the headline without it. A hidden separator between a kicker and the headline
     * (punctuation only, or after visible text) and a heading hidden whole are what the page shows or says about
     * the headline, and stay.
     */
    private static void withoutLeadingLabel(Element heading) {
        String text = TextNormalizer.collapse(heading.text());
        for (Element child : heading.getAllElements()) {
            if (child == heading || !isScreenReaderOnly(child)) {
                continue;
            }
            String label = TextNormalizer.collapse(child.text());
            boolean worded = label.codePoints().anyMatch(Character::isLetter);
            if (worded && text.startsWith(label) && text.length() > label.length()) {
                child.remove();
            }
            return;
        }
    }

    /**
     * A heading kept off the screen whole, by a screen-reader class or the inline clip of the same utilities
     * ({@code position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}): pages set one to give
     * screen readers a heading (often the document title again, site and section segments included) and show their
     * headline elsewhere.
     */
    static boolean isHiddenWhole(Element heading) {
        if (isScreenReaderOnly(heading)) {
            // Tailwind's "sr-only sm:not-sr-only": hidden on a phone's screen only, shown from a breakpoint up
            return heading.classNames().stream().noneMatch(name -> SHOWN_FROM_BREAKPOINT.matcher(name).matches());
        }
        String style = heading.attr("style");
        return !style.isEmpty() && CLIPPED_STYLE.matcher(style).find();
    }

    private static boolean isScreenReaderOnly(Element element) {
        if (!element.hasAttr("class")) {
            return false;
        }
        for (String name : element.classNames()) {
            if (SCREEN_READER_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDecoration(Element element) {
        return CONTROL_TAGS.contains(element.normalName())
                || element.hasAttr("hidden")
                || element.normalName().equals("a") && PERMALINK_MARK.matcher(element.text().strip()).matches();
    }
}
