package io.newsflow.app.cli.bench.quality;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one extractor made of a page, in the terms scored.
 *
 * @param body the text the extractor delivers (newsflow: empty when the topology rejects the page)
 * @param publishedAt the publication instant; null when none was found or the extractor gives none
 * @param rejection why newsflow's topology rejects the page (reason and detail); null when it publishes it
 * @param declaresUrl whether the page names its own absolute URL (canonical link or og:url)
 * @param refusedWithoutUrl whether the set gives no URL and the page names none, so {@code newsflow extract} would
 *     refuse the page (the bench extracts it at a placeholder URL)
 */
record Extraction(
        String body,
        String title,
        List<String> authors,
        @Nullable Instant publishedAt,
        @Nullable String rejection,
        boolean declaresUrl,
        boolean refusedWithoutUrl) {

    Extraction {
        authors = List.copyOf(authors);
    }
}
