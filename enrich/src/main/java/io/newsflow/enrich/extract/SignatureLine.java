package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes an author's signature left as the last paragraph ("Claire Martin (Lyon, correspondante)", "— Jane Doe"):
 * a short line that is an author's name with at most a parenthetical and punctuation around it.
 */
final class SignatureLine {

    private static final int MAX_SIGNATURE_CHARS = 80;

    /** What may surround the name: dashes, punctuation, and one parenthetical (place, role). */
    private static final Pattern DECORATION = Pattern.compile("^[\\s\\p{Pd}–—]*|\\s*\\([^()]*\\)|[\\s.,;:]*$");

    private SignatureLine() {}

    static List<BodyBlock> strip(List<BodyBlock> blocks, List<String> authors) {
        if (blocks.isEmpty() || authors.isEmpty()) {
            return blocks;
        }
        BodyBlock last = blocks.get(blocks.size() - 1);
        if (last.kind() != BlockKind.PARAGRAPH || last.text().length() > MAX_SIGNATURE_CHARS) {
            return blocks;
        }
        String bare = DECORATION.matcher(last.text()).replaceAll("").strip();
        for (String author : authors) {
            if (bare.equalsIgnoreCase(author)) {
                List<BodyBlock> kept = new ArrayList<>(blocks);
                kept.remove(kept.size() - 1);
                return kept;
            }
        }
        return blocks;
    }
}
