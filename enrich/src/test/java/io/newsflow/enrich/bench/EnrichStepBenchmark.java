package io.newsflow.enrich.bench;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichSteps;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each enrichment step alone, per article, on the articles extracted from {@link BenchPages}; {@code all} is the
 * whole {@code enrich-article} step (every step plus building the Avro article). Calls the same public step classes
 * {@code ArticleEnricher} composes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnrichStepBenchmark {

    @Param({"language", "entities", "dates", "quotes", "keywords", "dateline-agencies", "counts", "fingerprint", "all"})
    public String step;

    private Function<ExtractedPage, Object> function;
    private List<ExtractedPage> articles;
    private int next;

    /** Builds the chosen step (loading its models) and extracts the articles. */
    @Setup
    public void setUp() {
        EnrichConfig config = EnrichConfig.load(Map.of());
        EnrichSteps steps = new EnrichSteps(config);
        articles = ExtractedPages.load(steps);
        function = switch (step) {
            case "language" -> languageStep(config);
            case "entities" -> entityStep();
            case "dates" -> page -> DateMentionFinder.find(page.article().body(), LocalDate.of(2024, 1, 10));
            case "quotes" -> page -> QuoteFinder.find(page.article().body(), List.of());
            case "keywords" -> keywordStep();
            case "dateline-agencies" -> agencyStep();
            case "counts" -> page -> TextStats.of(page.article().body());
            case "fingerprint" -> page -> SimHash.of(page.article().body());
            case "all" -> steps::enrich;
            default -> throw new IllegalArgumentException("unknown step " + step);
        };
    }

    /** The chosen step on the next article. */
    @Benchmark
    public Object enrichStep() {
        ExtractedPage page = articles.get(next);
        next = (next + 1) % articles.size();
        return function.apply(page);
    }

    private static Function<ExtractedPage, Object> languageStep(EnrichConfig config) {
        LanguageDetector languages = new LanguageDetector(config.languages());
        return page -> languages.detect(page.article().title() + "\n" + page.article().body());
    }

    private static Function<ExtractedPage, Object> entityStep() {
        EntityRecognizer entities = new EntityRecognizer();
        return page -> entities.recognize(page.article().title(), page.article().body(), language(page));
    }

    private static Function<ExtractedPage, Object> keywordStep() {
        KeywordExtractor keywords = new KeywordExtractor();
        return page -> keywords.extract(page.article().title(), page.article().body(), language(page));
    }

    private static Function<ExtractedPage, Object> agencyStep() {
        NewsAgencies agencies = new NewsAgencies();
        return page -> List.of(DatelineFinder.find(page.article().body()), agencies.find(List.of(page.article().body())));
    }

    private static String language(ExtractedPage page) {
        String declared = page.article().declaredLanguage();
        return declared == null ? "en" : declared;
    }
}
