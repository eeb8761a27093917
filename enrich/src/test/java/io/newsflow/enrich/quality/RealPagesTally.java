package io.newsflow.enrich.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one set of real pages, named as the floor keys in {@code real-floors.properties}. */
final class RealPagesTally {

    private final String set;
    private int pages;
    private int bodyPages;
    private ShingleScore body = ShingleScore.ZERO;
    private double bodyF1Sum;
    private SnippetScore snippets = SnippetScore.ZERO;
    private final Map<String, int[]> hits = new LinkedHashMap<>();
    private int articles;
    private final List<String> rejected = new ArrayList<>();

    RealPagesTally(String set) {
        this.set = set;
    }

    void add(RealPage page, PageScores scores) {
        pages++;
        if (scores.body() != null) {
            bodyPages++;
            body = body.plus(scores.body());
            bodyF1Sum += scores.body().f1();
        }
        if (scores.snippets() != null) {
            snippets = snippets.plus(scores.snippets());
        }
        count("title", scores.title());
        count("authors", scores.authors());
        count("date", scores.date());
        articles += page.gold().article() ? 1 : 0;
        if (scores.rejectedArticle()) {
            rejected.add(page.page());
        }
    }

    private void count(String measure, @org.jspecify.annotations.Nullable Boolean match) {
        if (match != null) {
            int[] counts = hits.computeIfAbsent(measure, k -> new int[2]);
            counts[0] += match ? 1 : 0;
            counts[1]++;
        }
    }

    /** Every figure this set has gold for, keyed "set.measure"; all are "higher is better". */
    Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (bodyPages > 0) {
            figures.put(set + ".body.f1", body.f1());
            figures.put(set + ".body.f1.macro", bodyF1Sum / bodyPages);
        }
        if (!snippets.equals(SnippetScore.ZERO)) {
            figures.put(set + ".snippets.f1", snippets.f1());
            figures.put(set + ".snippets.precision", snippets.precision());
            figures.put(set + ".snippets.recall", snippets.recall());
        }
        hits.forEach((measure, counts) -> figures.put(set + "." + measure, counts[0] / (double) counts[1]));
        if (articles > 0) {
            figures.put(set + ".articles.accepted", 1 - rejected.size() / (double) articles);
        }
        return figures;
    }

    int pages() {
        return pages;
    }

    List<String> rejected() {
        return List.copyOf(rejected);
    }
}
