package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.FuzzyMatch;
import io.newsflow.enrich.quality.SameDay;
import io.newsflow.enrich.quality.ShingleScore;
import io.newsflow.enrich.quality.SnippetScore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Scores an extraction against a page's gold with the shared measures of {@code io.newsflow.enrich.quality}. */
final class PageScorer {

    private PageScorer() {}

    /**
     * @param html the page's bytes: the date's local offset is looked up in them
     */
    static PageScore score(GoldPage page, Extractor extractor, Extraction extraction, byte[] html) {
        boolean rejected = page.goldArticle() && (extraction.rejection() != null || extraction.body().isBlank());
        return new PageScore(page, extractor,
                page.body() == null ? null : ShingleScore.of(extraction.body(), page.body()),
                page.with().isEmpty() && page.without().isEmpty() ? null
                        : SnippetScore.of(extraction.body(), page.with(), page.without()),
                isBlank(page.title()) ? null : FuzzyMatch.sameTitle(extraction.title(), page.title()),
                page.authors().isEmpty() ? null : FuzzyMatch.sameAuthors(extraction.authors(), page.authors()),
                page.date() == null || extractor == Extractor.READABILITY4J ? null
                        : SameDay.matches(extraction.publishedAt(), page.date(),
                                new String(html, StandardCharsets.ISO_8859_1)),
                rejected, rejected ? rejectionOf(extraction) : null, null, extraction.declaresUrl(),
                extraction.refusedWithoutUrl());
    }

    /** A page whose extraction threw: everything it should have found is missed. */
    static PageScore crashed(GoldPage page, Extractor extractor, String crash) {
        Extraction nothing = new Extraction("", "", List.of(), null, null, true, false);
        PageScore missed = score(page, extractor, nothing, new byte[0]);
        return new PageScore(page, extractor, missed.body(), missed.snippets(), missed.title(), missed.authors(),
                missed.date(), false, null, crash, true, false);
    }

    private static String rejectionOf(Extraction extraction) {
        return extraction.rejection() != null ? extraction.rejection() : "empty body";
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
