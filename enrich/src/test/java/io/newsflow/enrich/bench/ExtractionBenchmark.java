package io.newsflow.enrich.bench;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichSteps;
import io.newsflow.enrich.clean.ExtractedPage;
import io.newsflow.enrich.clean.ParsedPage;
import io.newsflow.enrich.step.StepResult;
import io.newsflow.schemas.avro.RawArticle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing and extraction per page, as the enrich topology's {@code clean-page} and {@code extract-article} steps do
 * them: each invocation takes the next page of {@link BenchPages} in turn, so a score is the mean over the pages.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    private EnrichSteps steps;
    private List<RawArticle> pages;
    private int next;

    /** Loads the models once and the pages into memory. */
    @Setup
    public void setUp() {
        steps = new EnrichSteps(EnrichConfig.load(Map.of()));
        pages = BenchPages.load();
    }

    /** The {@code clean-page} step: size check and Jsoup parse. */
    @Benchmark
    public StepResult<ParsedPage> parse() {
        return steps.clean(nextPage());
    }

    /** Parse and extract: the {@code clean-page} and {@code extract-article} steps together. */
    @Benchmark
    public StepResult<ExtractedPage> parseAndExtract() {
        return steps.clean(nextPage()).then(steps::extract);
    }

    private RawArticle nextPage() {
        RawArticle page = pages.get(next);
        next = (next + 1) % pages.size();
        return page;
    }
}
