package io.newsflow.app.cli.bench;

import io.newsflow.enrich.clean.ExtractedPage;
import io.newsflow.enrich.metadata.TextStats;
import io.newsflow.enrich.metadata.dates.DateMentionFinder;
import io.newsflow.enrich.metadata.entity.EntityRecognizer;
import io.newsflow.enrich.metadata.keywords.KeywordExtractor;
import io.newsflow.enrich.metadata.language.LanguageDetector;
import io.newsflow.enrich.metadata.quotes.QuoteFinder;
import io.newsflow.enrich.metadata.source.DatelineFinder;
import io.newsflow.enrich.metadata.source.NewsAgencies;
import io.newsflow.enrich.story.SimHash;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cost of each enrichment step alone, mean ms per article: where the time of {@code bench enrich} goes. Calls
 * the same public step classes the enricher composes, each over every article {@code passes} times.
 */
final class EnrichStepCosts {

    private final LanguageDetector languages;
    private final EntityRecognizer entities = new EntityRecognizer();
    private final KeywordExtractor keywords = new KeywordExtractor();
    private final NewsAgencies agencies = new NewsAgencies();

    EnrichStepCosts(List<String> languageCodes) {
        this.languages = new LanguageDetector(languageCodes);
    }

    void measure(List<ExtractedPage> articles, int passes, PrintWriter out) {
        Map<String, Consumer<ExtractedPage>> steps = new LinkedHashMap<>();
        steps.put("language", page -> languages.detect(page.article().title() + "\n" + page.article().body()));
        steps.put(
                "entities",
                page -> entities.recognize(
                        page.article().title(), page.article().body(), language(page)));
        steps.put("dates", page -> DateMentionFinder.find(page.article().body(), LocalDate.of(2024, 1, 10)));
        steps.put("quotes", page -> QuoteFinder.find(page.article().body(), List.of()));
        steps.put("keywords", page -> keywords.extract(page.article().title(), page.article().body(), language(page)));
        steps.put("dateline+agencies", page -> {
            DatelineFinder.find(page.article().body());
            agencies.find(List.of(page.article().body()));
        });
        steps.put("counts", page -> TextStats.of(page.article().body()));
        steps.put("fingerprint", page -> SimHash.of(page.article().body()));
        StringBuilder line = new StringBuilder("step means, ms/article:");
        steps.forEach((name, step) -> {
            articles.forEach(step); // warm this step's code on its own
            long start = System.nanoTime();
            for (int pass = 0; pass < passes; pass++) {
                articles.forEach(step);
            }
            double ms = (System.nanoTime() - start) / 1e6 / passes / articles.size();
            line.append(String.format(Locale.ROOT, " %s %.2f,", name, ms));
        });
        out.println(line.substring(0, line.length() - 1));
    }

    private static String language(ExtractedPage page) {
        String declared = page.article().declaredLanguage();
        return declared == null ? "en" : declared;
    }
}
