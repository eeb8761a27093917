package io.newsflow.enrich.extract.quality;

import java.util.List;
import java.util.function.Predicate;

/**
 * Corpus figures over a set of page results: body precision/recall/F1 micro-averaged (pooled token counts) and
 * macro-averaged (mean of per-page figures), and the accuracy of each metadata field.
 */
record Totals(
        int pages,
        int articles,
        double microPrecision,
        double microRecall,
        double microF1,
        double macroPrecision,
        double macroRecall,
        double macroF1,
        double title,
        double authors,
        double date,
        double kind) {

    /**
     * Totals of {@code results}; body figures over {@code articleResults}, the pages whose golden kind is article.
     */
    static Totals of(List<PageResult> results, List<PageResult> articleResults) {
        BodyScore pooled = new BodyScore(0, 0, 0);
        double p = 0;
        double r = 0;
        double f = 0;
        for (PageResult result : articleResults) {
            pooled = pooled.plus(result.body());
            p += result.body().precision();
            r += result.body().recall();
            f += result.body().f1();
        }
        int n = Math.max(1, articleResults.size());
        return new Totals(results.size(), articleResults.size(), pooled.precision(), pooled.recall(), pooled.f1(),
                p / n, r / n, f / n, share(articleResults, PageResult::title), share(articleResults, PageResult::authors),
                share(articleResults, PageResult::date), share(results, PageResult::kind));
    }

    private static double share(List<PageResult> results, Predicate<PageResult> ok) {
        return results.isEmpty() ? 1 : results.stream().filter(ok).count() / (double) results.size();
    }
}
