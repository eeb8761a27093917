package io.newsflow.app.cli.bench.quality;

import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.quality.Split;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench quality}: extraction quality of newsflow and Readability4J, side by side, on the third-party
 * pages of the evaluation cache (see eval/README.md), per set and TUNE/MEASURE split.
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"Score newsflow's extraction and Readability4J on third-party evaluation pages (trafilatura,"
                + " fundus, WCXB dev, htmldate) from the evaluation cache: body shingle F1, trafilatura snippets,"
                + " headline, authors, date, rejected articles and crashes, per set and split.",
                "Rebuild the cache with scripts/eval-cache.sh; eval/README.md describes the sets and the split."})
public final class BenchQualityCommand implements Callable<Integer> {

    /** The fetch time for pages whose set gives no crawl date: late enough never to clamp a publication date. */
    static final Instant FETCHED_AT = Instant.parse("2030-01-01T00:00:00Z");

    /** The name of the entity sets in {@code --set}: scored by {@link EntityQuality}, not page by page. */
    static final String ENTITIES = "entities";

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "eval/cache",
            description = "The evaluation cache (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--split", paramLabel = "tune|measure|all", defaultValue = "measure",
            description = "Which items to score (default: ${DEFAULT-VALUE}); TUNE is for studying failures.")
    String split;

    @Option(names = "--set", paramLabel = "SET,...", split = ",",
            defaultValue = "trafilatura,fundus,wcxb,htmldate," + ENTITIES,
            description = "Sets to score (default: ${DEFAULT-VALUE}); entities: GermEval, GUM news and UNER PUD.")
    List<String> sets;

    @Option(names = "--report", paramLabel = "FILE.md", description = "Also write the report to FILE.md.")
    Path report;

    @Option(
            names = "--pages",
            paramLabel = "FILE.tsv",
            description = {
                "Also write every page's scores to FILE.tsv"
                        + " (set, group, split, page, extractor, body P/R/F1, title, authors, date,"
                        + " rejection, crash, URL, snippet TP/FN/FP/recall), to study"
                        + " failures page by page (on TUNE pages)."
            })
    Path pageTable;

    @Option(names = "--write-ci-pages", paramLabel = "DIR", description = {"Instead of scoring, write the real pages"
            + " the CI gate scores (the first MEASURE items by SHA-1: 25 fundus pages, 15 trafilatura pages) and their"
            + " gold to DIR (enrich/src/test/resources/real)."})
    Path ciPages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Split> splits = splits(split);
        List<EvalSet> chosen = sets.stream().filter(set -> !set.strip().equals(ENTITIES)).map(EvalSet::named)
                .distinct().toList();
        boolean entities = sets.stream().anyMatch(set -> set.strip().equals(ENTITIES));
        if (!Files.isDirectory(cache)) {
            throw new IllegalArgumentException("no evaluation cache at " + cache
                    + "; build it with scripts/eval-cache.sh " + cache + " or give --cache DIR");
        }
        if (ciPages != null) {
            GatePages.write(GatePages.choose(FundusReader.read(cache), TrafilaturaReader.read(cache)), ciPages);
            spec.commandLine().getErr().println("wrote the CI gate's pages and pages.json to " + ciPages);
            return 0;
        }
        long start = System.nanoTime();
        List<GoldSet> read = chosen.stream().map(this::read).toList();
        Map<RowKey, Tally> rows = score(read, splits);
        String markdown = new QualityReport(rows, read, commandLine(), Duration.ofNanos(System.nanoTime() - start))
                .markdown() + (entities ? entityReport(splits) : "");
        spec.commandLine().getOut().print(markdown);
        if (report != null) {
            write(report, markdown);
        }
        return 0;
    }

    private Map<RowKey, Tally> score(List<GoldSet> sets, List<Split> splits) {
        EnrichConfig config = EnrichConfig.load(SettingsSource.fromEnvironment(System.getenv()));
        PageEvaluator evaluator = new PageEvaluator(config);
        Map<RowKey, Tally> rows = new TreeMap<>(Comparator.comparing(RowKey::set).thenComparing(RowKey::group)
                .thenComparing(RowKey::split).thenComparing(RowKey::extractor));
        try (PageTable table = pageTable == null ? null : PageTable.open(pageTable)) {
            for (GoldSet gold : sets) {
                score(gold, splits, evaluator, rows, table);
            }
        }
        return rows;
    }

    private void score(GoldSet gold, List<Split> splits, PageEvaluator evaluator, Map<RowKey, Tally> rows,
            @Nullable PageTable table) {
        List<GoldPage> pages = gold.pages().stream().filter(p -> splits.contains(p.split())).toList();
        spec.commandLine().getErr().printf("%s: %d pages (%d gold items without a page)%n", gold.set().folder(),
                pages.size(), gold.missing().size());
        for (GoldPage page : pages) {
            for (PageScore score : evaluator.evaluate(page)) {
                rows.computeIfAbsent(RowKey.of(page, score.extractor()), k -> new Tally()).add(score);
                if (table != null) {
                    table.add(score);
                }
            }
        }
    }

    /** Entity typed P/R/F1 per language and set, for each chosen split. */
    private String entityReport(List<Split> splits) {
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream out = new java.io.PrintStream(text, true, StandardCharsets.UTF_8)) {
            for (Split each : splits) {
                out.printf("%n## Entities, %s split%n%n", each.name());
                EntityQuality.run(cache, each == Split.MEASURE, out);
            }
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    private GoldSet read(EvalSet set) {
        return switch (set) {
            case TRAFILATURA -> TrafilaturaReader.read(cache);
            case FUNDUS -> FundusReader.read(cache);
            case WCXB -> WcxbReader.read(cache);
            case HTMLDATE -> HtmldateReader.read(cache);
        };
    }

    private static List<Split> splits(String split) {
        return switch (split.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "tune" -> List.of(Split.TUNE);
            case "measure" -> List.of(Split.MEASURE);
            case "all" -> Arrays.asList(Split.values());
            default -> throw new IllegalArgumentException("--split must be tune, measure or all, not '" + split + "'");
        };
    }

    private String commandLine() {
        return "newsflow bench quality --cache " + cache + " --split " + split + " --set " + String.join(",", sets);
    }

    private static void write(Path file, String markdown) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
