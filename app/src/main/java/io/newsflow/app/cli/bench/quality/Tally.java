package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.PageScores;
import io.newsflow.enrich.quality.ShingleScore;
import io.newsflow.enrich.quality.SnippetScore;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The figures of one row of the report: one extractor on the pages of one set, page group and split. */
final class Tally {

    private int pages;
    private int bodyPages;
    private ShingleScore body = ShingleScore.ZERO;
    private double bodyF1Sum;
    private SnippetScore snippets = SnippetScore.ZERO;
    private final int[] title = new int[2];
    private final int[] authors = new int[2];
    private final int[] date = new int[2];
    private int goldArticles;
    private int noUrl;
    private int refusedWithoutUrl;
    private final List<PageScore> rejected = new ArrayList<>();
    private final List<PageScore> crashes = new ArrayList<>();

    void add(PageScore score) {
        PageScores scores = score.scores();
        pages++;
        if (scores.body() != null) {
            bodyPages++;
            body = body.plus(scores.body());
            bodyF1Sum += scores.body().f1();
        }
        if (scores.snippets() != null) {
            snippets = snippets.plus(scores.snippets());
        }
        count(title, scores.title());
        count(authors, scores.authors());
        count(date, scores.date());
        goldArticles += score.page().gold().article() ? 1 : 0;
        noUrl += score.declaresUrl() ? 0 : 1;
        refusedWithoutUrl += score.refusedWithoutUrl() ? 1 : 0;
        if (scores.rejectedArticle()) {
            rejected.add(score);
        }
        if (score.crash() != null) {
            crashes.add(score);
        }
    }

    private static void count(int[] hits, @Nullable Boolean match) {
        if (match != null) {
            hits[0] += match ? 1 : 0;
            hits[1]++;
        }
    }

    int pages() {
        return pages;
    }

    /** Pages with a gold body, for which {@link #body()} and {@link #bodyF1Macro()} are defined. */
    int bodyPages() {
        return bodyPages;
    }

    /** Micro-averaged shingle counts. */
    ShingleScore body() {
        return body;
    }

    /** Mean of the per-page shingle F1. */
    double bodyF1Macro() {
        return bodyPages == 0 ? 0 : bodyF1Sum / bodyPages;
    }

    SnippetScore snippets() {
        return snippets;
    }

    /** {hits, pages with gold}. */
    int[] title() {
        return title.clone();
    }

    int[] authors() {
        return authors.clone();
    }

    int[] date() {
        return date.clone();
    }

    int goldArticles() {
        return goldArticles;
    }

    /** Pages naming no absolute canonical/og:url (a crashed page counts as naming one: unknown). */
    int noUrl() {
        return noUrl;
    }

    /** Pages with no URL from the set that name none either: {@code newsflow extract} refuses them. */
    int refusedWithoutUrl() {
        return refusedWithoutUrl;
    }

    List<PageScore> rejected() {
        return List.copyOf(rejected);
    }

    List<PageScore> crashes() {
        return List.copyOf(crashes);
    }
}
