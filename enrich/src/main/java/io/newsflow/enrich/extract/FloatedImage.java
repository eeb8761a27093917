package io.newsflow.enrich.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Whether a paragraph wraps a picture floated beside its text ({@code <p><img class="alignright">A senior official
 * said ...</p>}): the text flows around the picture, so it is the paragraph's own text, never the picture's caption
 * (a caption sits in the picture's unit, beside the image, not around it).
 */
final class FloatedImage {

    /** Class tokens that float an image (WordPress "alignleft"/"alignright", Bootstrap "float-start", "pull-right"). */
    static final TokenSet FLOAT_CLASS_TOKENS = TokenSet.of(
            "floated image class tokens", "alignleft", "alignright", "float-left", "float-right", "float-start",
            "float-end", "pull-left", "pull-right", "fl", "fr");

    /** An inline style or the old {@code align} attribute that floats the image. */
    private static final Pattern FLOAT_STYLE = Pattern.compile("float\\s*:\\s*(left|right)");

    private FloatedImage() {}

    /** Whether {@code paragraph} holds an image floated left or right. */
    static boolean within(Element paragraph) {
        for (Element image : paragraph.getElementsByTag("img")) {
            if (isFloated(image)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFloated(Element image) {
        for (String name : image.classNames()) {
            if (FLOAT_CLASS_TOKENS.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        String align = image.attr("align").toLowerCase(Locale.ROOT);
        return align.equals("left") || align.equals("right")
                || FLOAT_STYLE.matcher(image.attr("style").toLowerCase(Locale.ROOT)).find();
    }
}
