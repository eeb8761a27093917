package io.newsflow.enrich.quality;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One extractor's scores on one page; a null score means the gold gives nothing to score it against.
 *
 * @param body shingle counts of the delivered body against the gold body
 * @param snippets snippet counts against the gold {@code with}/{@code without} snippets
 * @param title whether the headline matches ({@link FuzzyMatch#sameTitle})
 * @param authors whether the author set matches ({@link FuzzyMatch#sameAuthors})
 * @param date whether the publication instant falls on the gold day ({@link SameDay})
 * @param rejectedArticle whether the gold calls the page an article and it got none (rejected, or an empty body)
 */
public record PageScores(
        @Nullable ShingleScore body,
        @Nullable SnippetScore snippets,
        @Nullable Boolean title,
        @Nullable Boolean authors,
        @Nullable Boolean date,
        boolean rejectedArticle) {

    /**
     * Scores {@code predicted} against {@code gold}.
     *
     * @param html the page's bytes, searched for the offset the page gives its date
     */
    public static PageScores of(Gold gold, Predicted predicted, byte[] html) {
        return new PageScores(
                gold.body() == null ? null : ShingleScore.of(predicted.body(), gold.body()),
                gold.with().isEmpty() && gold.without().isEmpty()
                        ? null
                        : SnippetScore.of(predicted.body(), gold.with(), gold.without()),
                gold.title() == null || gold.title().isBlank()
                        ? null
                        : FuzzyMatch.sameTitle(predicted.title(), gold.title()),
                gold.authors().isEmpty() ? null : FuzzyMatch.sameAuthors(predicted.authors(), gold.authors()),
                gold.date() == null || !predicted.givesDates()
                        ? null
                        // offsets and ISO timestamps are ASCII: any single-byte decoding finds them
                        : SameDay.matches(
                                predicted.publishedAt(),
                                predicted.publishedLocal(),
                                gold.date(),
                                new String(html, StandardCharsets.ISO_8859_1)),
                gold.article()
                        && (predicted.rejection() != null || predicted.body().isBlank()));
    }
}
