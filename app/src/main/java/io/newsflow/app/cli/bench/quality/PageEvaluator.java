package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichSteps;
import io.newsflow.enrich.clean.ExtractedPage;
import io.newsflow.enrich.quality.PageScores;
import io.newsflow.enrich.quality.PipelineExtraction;
import io.newsflow.enrich.quality.PipelineOutcome;
import io.newsflow.enrich.quality.Predicted;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs newsflow (as the enrich topology does: extraction, then enrichment of what it publishes) and Readability4J on
 * a page and scores both with the shared {@link PageScores}; an exception escaping extraction is a crash, scored as a
 * page where the extractor found nothing; one escaping enrichment is a crash listed beside the extraction's scores.
 */
final class PageEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(PageEvaluator.class);

    private final PipelineExtraction newsflow;
    private final EnrichSteps enrichment;
    private final ReadabilityRunner readability = new ReadabilityRunner();

    PageEvaluator(EnrichConfig config) {
        this.newsflow = new PipelineExtraction(config.minBodyChars());
        this.enrichment = new EnrichSteps(config);
    }

    List<PageScore> evaluate(GoldPage page) {
        byte[] html = page.html();
        // htmldate's sets score only the date, which Readability4J does not give: no point running it
        return page.set() == EvalSet.HTMLDATE ? List.of(newsflow(page, html))
                : List.of(newsflow(page, html), readability(page, html));
    }

    private PageScore newsflow(GoldPage page, byte[] html) {
        try {
            PipelineOutcome outcome = newsflow.run(html, page.url(),
                    page.fetchedAt() != null ? page.fetchedAt() : BenchQualityCommand.FETCHED_AT);
            PageScore score = scored(page, Extractor.NEWSFLOW, outcome.predicted(), html, outcome.declaresUrl(),
                    outcome.extractedWithoutUrl());
            return outcome.published() == null ? score : enriched(score, outcome.published());
        } catch (RuntimeException | StackOverflowError e) {
            // a crash is what the bench measures: counted and listed in the report, the other pages still run
            LOG.warn("newsflow crashed on {} ({})", page.page(), page.url(), e);
            return crashed(page, Extractor.NEWSFLOW, e);
        }
    }

    /**
     * Runs the topology's enrichment on a published article, only to find crashes there: the figures score the
     * extraction, so a crash in enrichment is listed without zeroing them.
     */
    private PageScore enriched(PageScore score, ExtractedPage published) {
        try {
            enrichment.enrich(published);
            return score;
        } catch (RuntimeException | StackOverflowError e) {
            // counted and listed like an extraction crash; the extraction's scores stand, the run goes on
            LOG.warn("newsflow's enrichment crashed on {} ({})", score.page().page(), score.page().url(), e);
            return new PageScore(score.page(), score.extractor(), score.scores(), score.rejection(),
                    "in enrichment: " + describe(e), score.declaresUrl(), score.extractedWithoutUrl());
        }
    }

    private PageScore readability(GoldPage page, byte[] html) {
        try {
            return scored(page, Extractor.READABILITY4J, readability.run(html, page.url()), html, true, false);
        } catch (RuntimeException | StackOverflowError e) {
            // the reference's failures count against it, as trafilatura's benchmark counts them; the run goes on
            LOG.warn("Readability4J crashed on {} ({}): {}", page.page(), page.url(), describe(e));
            return crashed(page, Extractor.READABILITY4J, e);
        }
    }

    private static PageScore scored(GoldPage page, Extractor extractor, Predicted predicted, byte[] html,
            boolean declaresUrl, boolean withoutUrl) {
        PageScores scores = PageScores.of(page.gold(), predicted, html);
        String rejection = scores.rejectedArticle()
                ? (predicted.rejection() != null ? predicted.rejection() : "empty body")
                // htmldate's gold dates a page without saying whether it is an article: its rejections are listed
                // apart, as dated pages lost, not counted among rejected articles
                : page.set() == EvalSet.HTMLDATE ? predicted.rejection() : null;
        return new PageScore(page, extractor, scores, rejection, null, declaresUrl, withoutUrl);
    }

    private static PageScore crashed(GoldPage page, Extractor extractor, Throwable e) {
        Predicted nothing = extractor == Extractor.NEWSFLOW ? Predicted.nothing()
                : new Predicted("", "", List.of(), null, false, null);
        PageScores missed = PageScores.of(page.gold(), nothing, new byte[0]);
        // a crash is listed as a crash, not also as a rejected article
        PageScores scores = new PageScores(missed.body(), missed.snippets(), missed.title(), missed.authors(),
                missed.date(), false);
        return new PageScore(page, extractor, scores, null, describe(e), true, false);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
