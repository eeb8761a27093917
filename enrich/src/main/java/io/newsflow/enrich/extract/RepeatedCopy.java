package io.newsflow.enrich.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops a second copy of the text from the body: pages ship the article twice (one variant per screen size, or one
 * for members and one for visitors, a style sheet showing one of them), and both copies sit in the body's
 * container. A copy is a run of blocks in a row, each repeating an earlier block word for word, with several
 * paragraphs among them; a single repeated line (a quoted post, a refrain, the same call to subscribe under each
 * section) is not a copy and stays.
 */
final class RepeatedCopy {

    /**
     * A run of repeated blocks with this many paragraphs of running text is a copy of the text; cells of a table set
     * in {@code <div>}s ("Basic", "Best", the same product names in each row) repeat too, but are short.
     */
    static final int MIN_COPY_PARAGRAPHS = 3;

    private RepeatedCopy() {}

    /** Removes from {@code blocks} each run of blocks that repeat earlier ones and hold a copy's paragraphs. */
    static void drop(List<BodyBlock> blocks) {
        Set<String> seen = new HashSet<>();
        boolean[] repeat = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            repeat[i] = !seen.add(blocks.get(i).text());
        }
        for (int end = blocks.size(); end > 0; ) {
            int start = end;
            while (start > 0 && repeat[start - 1]) {
                start--;
            }
            if (paragraphs(blocks.subList(start, end)) >= MIN_COPY_PARAGRAPHS) {
                blocks.subList(start, end).clear();
            }
            end = start == end ? end - 1 : start;
        }
    }

    private static int paragraphs(List<BodyBlock> run) {
        int paragraphs = 0;
        for (BodyBlock block : run) {
            boolean running = block.text().length() >= DomRules.MIN_SCORING_CHARS;
            paragraphs += block.kind() == BlockKind.PARAGRAPH && running ? 1 : 0;
        }
        return paragraphs;
    }
}
