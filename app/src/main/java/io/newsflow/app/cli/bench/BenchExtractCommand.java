package io.newsflow.app.cli.bench;

import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.PageParser;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import org.jsoup.nodes.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench extract DIR}: pages per second on one thread for a bare Jsoup parse and for parse plus
 * article extraction (the enrich topology's {@link PageParser} and {@link ArticleExtractor} steps), side by side.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Measure single-thread throughput of page parsing and of parsing plus article extraction.",
                "Reads every .html/.html.gz page under DIR into memory, runs warm-up passes, then timed passes."})
public final class BenchExtractCommand implements Callable<Integer> {

    /** The fetch time given to the extractor; any fixed instant will do. */
    private static final Instant FETCHED_AT = Instant.parse("2030-01-01T00:00:00Z");

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double BYTES_PER_KIB = 1024.0;
    private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory of saved pages (searched recursively).")
    Path dir;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5",
            description = "Timed passes over all pages for each measurement (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "3",
            description =
                    "Untimed passes before measuring, so the JIT has compiled the hot code"
                            + " (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (iterations < 1 || warmup < 0) {
            throw new IllegalArgumentException("--iterations must be at least 1 and --warmup at least 0");
        }
        SavedPages pages = SavedPages.read(dir);
        ArticleExtractor extractor = new ArticleExtractor();
        ToLongFunction<SavedPages.SavedPage> parse = page -> parse(page).childNodeSize();
        ToLongFunction<SavedPages.SavedPage> extract = page -> sink(extractor.extract(parse(page), FETCHED_AT));
        run(pages, parse, warmup);
        run(pages, extract, warmup);
        // timed passes alternate, so a load change on a shared machine hits both figures alike
        // wall time and this thread's CPU time: on a shared machine the thread waits for a core now and then, which
        // counts in wall time but not in CPU time
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[2];
        long[] cpuNanos = new long[2];
        long checksum = 0;
        for (int pass = 0; pass < iterations; pass++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            checksum += run(pages, parse, 1);
            long middle = System.nanoTime();
            long cpuMiddle = threads.getCurrentThreadCpuTime();
            checksum += run(pages, extract, 1);
            nanos[0] += middle - start;
            nanos[1] += System.nanoTime() - middle;
            cpuNanos[0] += cpuMiddle - cpuStart;
            cpuNanos[1] += threads.getCurrentThreadCpuTime() - cpuMiddle;
        }
        report(pages, new double[] {pagesPerSecond(pages, nanos[0]), pagesPerSecond(pages, nanos[1])},
                new double[] {pagesPerSecond(pages, cpuNanos[0]), pagesPerSecond(pages, cpuNanos[1])}, checksum);
        return 0;
    }

    private static Document parse(SavedPages.SavedPage page) {
        return PageParser.parse(page.bytes(), null, page.baseUrl());
    }

    /** Something the JIT cannot prove unused, so extraction is never optimised away. */
    private static long sink(ExtractedArticle article) {
        return article.title().length() + article.blocks().size() + article.authors().size();
    }

    private double pagesPerSecond(SavedPages pages, long nanos) {
        return pages.pages().size() * (double) iterations / (nanos / NANOS_PER_SECOND);
    }

    private static long run(SavedPages pages, ToLongFunction<SavedPages.SavedPage> work, int passes) {
        long checksum = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (SavedPages.SavedPage page : pages.pages()) {
                checksum += work.applyAsLong(page);
            }
        }
        return checksum;
    }

    private void report(SavedPages pages, double[] wall, double[] cpu, long checksum) {
        double parsed = wall[0];
        double extracted = wall[1];
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "pages: %d under %s, mean size %.1f KiB%n",
                pages.pages().size(), dir, pages.meanBytes() / BYTES_PER_KIB);
        out.printf(Locale.ROOT, "passes: %d warm-up, %d timed (parse and extraction passes alternate), one thread%n",
                warmup, iterations);
        out.printf(Locale.ROOT, "parse:           %10.1f pages/s  %7.3f ms/page%n",
                parsed, 1000 / parsed);
        out.printf(Locale.ROOT, "parse + extract: %10.1f pages/s  %7.3f ms/page  (%.0f%% of bare parse speed)%n",
                extracted, 1000 / extracted, 100 * extracted / parsed);
        out.printf(Locale.ROOT, "per CPU-second of the thread: parse %.1f pages/s, parse + extract %.1f pages/s "
                + "(%.0f%% of bare parse speed)%n", cpu[0], cpu[1], 100 * cpu[1] / cpu[0]);
        out.printf(Locale.ROOT, "heap used after GC: %.1f MiB (checksum %d)%n", heapAfterGc() / BYTES_PER_MIB,
                checksum);
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
