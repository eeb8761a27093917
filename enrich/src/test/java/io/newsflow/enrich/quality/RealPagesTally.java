package io.newsflow.enrich.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one set of real pages, named as the floor keys in {@code real-floors.properties}. */
final class RealPagesTally {

    private final String set;
    private final ScoreTally scores = new ScoreTally();
    private int articles;
    private final List<String> rejected = new ArrayList<>();

    RealPagesTally(String set) {
        this.set = set;
    }

    void add(RealPage page, PageScores pageScores) {
        scores.add(pageScores);
        articles += page.gold().article() ? 1 : 0;
        if (pageScores.rejectedArticle()) {
            rejected.add(page.page());
        }
    }

    /** Every figure this set has gold for, keyed "set.measure"; all are "higher is better". */
    Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (scores.bodyPages() > 0) {
            figures.put(set + ".body.f1", scores.body().f1());
            figures.put(set + ".body.f1.macro", scores.bodyF1Macro());
        }
        if (!scores.snippets().equals(SnippetScore.ZERO)) {
            figures.put(set + ".snippets.f1", scores.snippets().f1());
            figures.put(set + ".snippets.precision", scores.snippets().precision());
            figures.put(set + ".snippets.recall", scores.snippets().recall());
        }
        rate("title", scores.title(), figures);
        rate("authors", scores.authors(), figures);
        rate("date", scores.date(), figures);
        if (articles > 0) {
            figures.put(set + ".articles.accepted", 1 - rejected.size() / (double) articles);
        }
        return figures;
    }

    private void rate(String measure, int[] hits, Map<String, Double> figures) {
        if (hits[1] > 0) {
            figures.put(set + "." + measure, hits[0] / (double) hits[1]);
        }
    }

    int pages() {
        return scores.pages();
    }

    List<String> rejected() {
        return List.copyOf(rejected);
    }
}
