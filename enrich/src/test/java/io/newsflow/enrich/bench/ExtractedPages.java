package io.newsflow.enrich.bench;

import io.newsflow.enrich.EnrichSteps;
import io.newsflow.enrich.clean.ExtractedPage;
import io.newsflow.enrich.step.StepResult;
import java.util.List;

/** The articles among {@link BenchPages}, extracted once, for the benchmarks of what comes after extraction. */
final class ExtractedPages {

    private ExtractedPages() {}

    static List<ExtractedPage> load(EnrichSteps steps) {
        List<ExtractedPage> articles = BenchPages.load().stream()
                .map(raw -> steps.clean(raw).then(steps::extract))
                .filter(StepResult::isOk)
                .map(StepResult::value)
                .toList();
        if (articles.isEmpty()) {
            throw new IllegalStateException("no page of the benchmark set is an article");
        }
        return articles;
    }
}
