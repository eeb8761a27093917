package io.newsflow.enrich.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The author who signs the article with a line of their name alone under the text ("Stefan Wasmer", "— Jane Doe"):
 * magazines, club and regional news sites close the text so instead of showing a byline at the headline. The line
 * is read before the body's trailing labels are dropped, since a name is such a label.
 */
final class ClosingSignature {

    /** A signature is a name of two or three words: a longer run of capitalised words is a heading or a slogan. */
    private static final int MAX_WORDS = 3;

    /** A dash a signature may open with. */
    private static final Pattern LEADING_DASH = Pattern.compile("^[\\s\\p{Pd}]+");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ClosingSignature() {}

    /**
     * The name the block after the last of {@code kept} consists of, when {@code kept} ends with text and
     * {@code dropped} (what followed it) opens with that block; else empty.
     */
    static List<String> after(List<BodyBlock> kept, List<BodyBlock> dropped) {
        if (kept.isEmpty() || dropped.size() != 1 || kept.get(kept.size() - 1).kind() != BlockKind.PARAGRAPH) {
            // a name under a heading or alone on the page signs no text; one with a line after it ("Product
            // Manager at Unbounce") attributes a quote
            return List.of();
        }
        return name(dropped.get(0));
    }

    /** The person {@code block} names and says nothing else, in a cased script; else empty. */
    static List<String> name(BodyBlock block) {
        if (block.kind() != BlockKind.PARAGRAPH) {
            return List.of();
        }
        String bare = LEADING_DASH.matcher(block.text()).replaceFirst("").strip();
        String[] words = SPACES.split(bare);
        if (words.length > MAX_WORDS) {
            return List.of();
        }
        for (String word : words) {
            // a capital is what tells a name from a phrase; scripts without case give no such sign
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                return List.of();
            }
        }
        List<String> names = BylineParser.names(bare);
        return names.size() == 1 && names.get(0).equalsIgnoreCase(bare) ? names : List.of();
    }
}
