package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Falls back to the JSON-LD {@code articleBody} when the markup hides the text (a paywall or a page rendered by
 * script leaves the container empty): the declared text wins when it has several times the words the markup gave.
 */
final class DeclaredBodyFallback {

    /** The declared body replaces the markup's when it has more than this many times its words. */
    static final int MIN_WORD_RATIO = 2;

    /** Declared bodies shorter than this are summaries, not the text. */
    static final int MIN_DECLARED_WORDS = 50;

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");

    private DeclaredBodyFallback() {}

    static ExtractedBody apply(ExtractedBody found, @Nullable String articleBody) {
        if (articleBody == null) {
            return found;
        }
        int declaredWords = ArticleWords.count(articleBody);
        int foundWords = ArticleWords.count(String.join("\n\n", found.blocks().stream().map(BodyBlock::text).toList()));
        if (declaredWords < MIN_DECLARED_WORDS || declaredWords <= foundWords * MIN_WORD_RATIO) {
            return found;
        }
        List<BodyBlock> blocks = new ArrayList<>();
        for (String line : LINE_BREAKS.split(articleBody)) {
            String text = TextNormalizer.collapse(line);
            if (!text.isEmpty()) {
                blocks.add(new BodyBlock(BlockKind.PARAGRAPH, text));
            }
        }
        return new ExtractedBody(
                blocks,
                found.agencyNote(),
                found.bylineNames(),
                found.signature(),
                found.captions(),
                found.headings(),
                found.linkedHeadings(),
                true,
                found.sameSiteTeasers(),
                found.counts());
    }
}
