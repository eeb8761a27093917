package io.newsflow.app.cli.bench.quality;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs both extractors on a page and scores them; an exception escaping one extractor is a scored crash. */
final class PageEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(PageEvaluator.class);

    private final NewsflowRunner newsflow;
    private final ReadabilityRunner readability = new ReadabilityRunner();

    PageEvaluator(int minBodyChars) {
        this.newsflow = new NewsflowRunner(minBodyChars);
    }

    List<PageScore> evaluate(GoldPage page) {
        byte[] html = page.html();
        return List.of(newsflow(page, html), readability(page, html));
    }

    private PageScore newsflow(GoldPage page, byte[] html) {
        try {
            Extraction extraction = newsflow.run(html, page.url(),
                    page.fetchedAt() != null ? page.fetchedAt() : BenchQualityCommand.FETCHED_AT);
            return PageScorer.score(page, Extractor.NEWSFLOW, extraction, html);
        } catch (RuntimeException | StackOverflowError e) {
            // a crash is what the bench measures: counted and listed in the report, the other pages still run
            LOG.warn("newsflow crashed on {} ({})", page.page(), page.url(), e);
            return PageScorer.crashed(page, Extractor.NEWSFLOW, describe(e));
        }
    }

    private PageScore readability(GoldPage page, byte[] html) {
        try {
            return PageScorer.score(page, Extractor.READABILITY4J, readability.run(html, page.url()), html);
        } catch (RuntimeException | StackOverflowError e) {
            // the reference's failures count against it, as trafilatura's benchmark counts them; the run goes on
            LOG.warn("Readability4J crashed on {} ({}): {}", page.page(), page.url(), describe(e));
            return PageScorer.crashed(page, Extractor.READABILITY4J, describe(e));
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
