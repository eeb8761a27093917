package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.ShingleScore;
import io.newsflow.enrich.quality.SnippetScore;
import org.jspecify.annotations.Nullable;

/**
 * One extractor's scores on one page; a null score means the set gives no gold for it.
 *
 * @param rejected whether a page the gold calls an article got no article (newsflow: rejected or empty body)
 * @param rejection the rejection's reason and detail, when rejected
 * @param crash the exception that escaped extraction, as "Type: message"; null when none did
 * @param declaresUrl whether the page names its own absolute URL
 * @param refusedWithoutUrl whether {@code newsflow extract} would refuse the page for want of a URL
 */
record PageScore(
        GoldPage page,
        Extractor extractor,
        @Nullable ShingleScore body,
        @Nullable SnippetScore snippets,
        @Nullable Boolean title,
        @Nullable Boolean authors,
        @Nullable Boolean date,
        boolean rejected,
        @Nullable String rejection,
        @Nullable String crash,
        boolean declaresUrl,
        boolean refusedWithoutUrl) {}
