package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.ScoreTally;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one row of the report: one extractor on the pages of one set, page group and split — the shared
 * {@link ScoreTally} plus what only the bench reports (articles, pages without a URL, rejections, crashes).
 */
final class Tally {

    private final ScoreTally scores = new ScoreTally();
    private int goldArticles;
    private int noUrl;
    private int extractedWithoutUrl;
    private final List<PageScore> rejected = new ArrayList<>();
    private final List<PageScore> rejectedDated = new ArrayList<>();
    private final List<PageScore> crashes = new ArrayList<>();

    void add(PageScore score) {
        scores.add(score.scores());
        goldArticles += score.page().gold().article() ? 1 : 0;
        noUrl += score.declaresUrl() ? 0 : 1;
        extractedWithoutUrl += score.extractedWithoutUrl() ? 1 : 0;
        if (score.scores().rejectedArticle()) {
            rejected.add(score);
        } else if (score.rejection() != null) {
            rejectedDated.add(score);
        }
        if (score.crash() != null) {
            crashes.add(score);
        }
    }

    /** Body, snippets, headline, authors and date over the row's pages. */
    ScoreTally scores() {
        return scores;
    }

    int goldArticles() {
        return goldArticles;
    }

    /** Pages naming no absolute canonical/og:url (a crashed page counts as naming one: unknown). */
    int noUrl() {
        return noUrl;
    }

    /** Pages with no URL from the set that name none either: extracted without one, as {@code newsflow extract} does. */
    int extractedWithoutUrl() {
        return extractedWithoutUrl;
    }

    List<PageScore> rejected() {
        return List.copyOf(rejected);
    }

    /** Pages the gold dates without saying whether they are articles (htmldate's) that newsflow rejected. */
    List<PageScore> rejectedDated() {
        return List.copyOf(rejectedDated);
    }

    List<PageScore> crashes() {
        return List.copyOf(crashes);
    }
}
