package io.newsflow.enrich.quality;

import org.jspecify.annotations.Nullable;

/**
 * The sums over pages of their {@link PageScores}: body shingles (micro and macro), trafilatura snippets, and how
 * often the headline, the authors and the date matched on the pages with gold for them. Both the CI gate on committed
 * pages and {@code newsflow bench quality} add their pages here, so the two report the same figures.
 */
public final class ScoreTally {

    private int pages;
    private int bodyPages;
    private ShingleScore body = ShingleScore.ZERO;
    private double bodyF1Sum;
    private SnippetScore snippets = SnippetScore.ZERO;
    private final int[] title = new int[2];
    private final int[] authors = new int[2];
    private final int[] date = new int[2];

    /** Adds one page's scores. */
    public void add(PageScores scores) {
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
    }

    private static void count(int[] hits, @Nullable Boolean match) {
        if (match != null) {
            hits[0] += match ? 1 : 0;
            hits[1]++;
        }
    }

    public int pages() {
        return pages;
    }

    /** Pages with a gold body, for which {@link #body()} and {@link #bodyF1Macro()} are defined. */
    public int bodyPages() {
        return bodyPages;
    }

    /** Micro-averaged shingle counts. */
    public ShingleScore body() {
        return body;
    }

    /** Mean of the per-page shingle F1. */
    public double bodyF1Macro() {
        return bodyPages == 0 ? 0 : bodyF1Sum / bodyPages;
    }

    public SnippetScore snippets() {
        return snippets;
    }

    /** {hits, pages with a gold headline}. */
    public int[] title() {
        return title.clone();
    }

    /** {hits, pages with gold authors}. */
    public int[] authors() {
        return authors.clone();
    }

    /** {hits, pages with a gold date}. */
    public int[] date() {
        return date.clone();
    }
}
