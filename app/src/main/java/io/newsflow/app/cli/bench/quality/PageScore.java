package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.PageScores;
import org.jspecify.annotations.Nullable;

/**
 * One extractor's scores on one page, with what the report lists besides the figures.
 *
 * @param rejection why the page got no article, when the gold calls it one and it got none, or, on htmldate's
 *     pages (dated, but with no verdict on whether they are articles), why newsflow rejected it
 * @param crash the exception that escaped extraction, as "Type: message"; null when none did
 * @param declaresUrl whether the page names its own absolute URL (unknown for a crash: counted as naming one)
 * @param extractedWithoutUrl whether the set gives no URL and the page names none: extracted without one, keyed by
 *     its content, as {@code newsflow extract} does
 */
record PageScore(
        GoldPage page,
        Extractor extractor,
        PageScores scores,
        @Nullable String rejection,
        @Nullable String crash,
        boolean declaresUrl,
        boolean extractedWithoutUrl) {}
