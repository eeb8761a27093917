package io.newsflow.enrich.quality;

import io.newsflow.enrich.clean.ExtractedPage;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.step.Reason;
import org.jspecify.annotations.Nullable;

/**
 * What the enrich topology makes of one page: the extractor's output, and the rejection the topology would send to
 * the dead-letter topic instead of an article.
 *
 * @param article what the extractor found, also on rejected pages (so their headline and date can still be scored)
 * @param rejection why the topology rejects the page, null when it publishes an article
 * @param rejectionDetail the rejection's text, null when published
 * @param declaresUrl whether the page names its own absolute URL (canonical link or og:url), which {@code newsflow
 *     extract} takes when no URL is given
 * @param extractedWithoutUrl whether the page was given no URL and names none: {@code newsflow extract} extracts such
 *     a page without one, keyed by its content; the scoring does the same, a placeholder address standing in
 * @param published what the topology passes on to enrichment; null when it rejects the page
 */
public record PipelineOutcome(
        ExtractedArticle article,
        @Nullable Reason rejection,
        @Nullable String rejectionDetail,
        boolean declaresUrl,
        boolean extractedWithoutUrl,
        @Nullable ExtractedPage published) {

    /** The body the topology publishes: the article's, or empty when it rejects the page. */
    public String publishedBody() {
        return rejection == null ? article.body() : "";
    }

    /** What the topology delivers, for scoring: the published body, and the extractor's metadata. */
    public Predicted predicted() {
        return new Predicted(publishedBody(), article.title(), article.authors(), article.publishedAt(), true,
                rejection == null ? null : rejection + ": " + rejectionDetail, article.publishedLocal());
    }
}
