package io.newsflow.app.cli.bench;

import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichSteps;
import io.newsflow.enrich.clean.ExtractedPage;
import io.newsflow.enrich.step.StepResult;
import io.newsflow.enrich.story.MemoryBucketStore;
import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.enrich.story.StoryPlacer;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.common.serialization.Serde;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench enrich DIR}: the cost of the enrich step (everything after extraction: language, entities,
 * dates, quotes, keywords, dateline, agencies, fingerprint and story placement) per article on one thread, and the
 * heap the enrich steps hold once every model is loaded.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Measure the enrichment cost per article (mean, p50, p99 ms on one thread) over the saved"
                + " pages (.html, .html.gz) under DIR, and the heap after loading every model.",
                "Pages are cleaned and extracted first (not timed); each article is then enriched --warmup times"
                        + " untimed and --passes times timed."})
public final class BenchEnrichCommand implements Callable<Integer> {

    /** Body size the target is stated for. */
    static final int REFERENCE_BODY_BYTES = 4096;

    @Parameters(paramLabel = "DIR", description = "Directory of saved pages, searched recursively.")
    Path dir;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", defaultValue = "20", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EnrichConfig config = EnrichConfig.load(SettingsSource.fromEnvironment(System.getenv()));
        EnrichSteps steps = new EnrichSteps(config);
        List<ExtractedPage> articles = extractAll(steps, pages(dir));
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no article among the pages under " + dir);
        }
        StoryIndex stories = new StoryIndex(new MemoryBucketStore(), config.storyMaxDistance(), config.storyWindow());
        for (int i = 0; i < warmup; i++) {
            articles.forEach(page -> enrich(steps, stories, page));
        }
        long heapBytes = usedHeapAfterGc();
        long[] nanos = new long[articles.size() * passes];
        int n = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (ExtractedPage page : articles) {
                long start = System.nanoTime();
                enrich(steps, stories, page);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        report(articles, nanos, heapBytes);
        new EnrichStepCosts(config.languages()).measure(articles, passes, spec.commandLine().getOut());
        reportClustering(articles.stream().map(steps::enrich).toList(), config);
        return 0;
    }

    /**
     * What the single clustering task does per article: read it from the repartition topic, place it in the story
     * index, write it out. Its inverse is the task's throughput limit on one thread.
     */
    private void reportClustering(List<Article> enriched, EnrichConfig config) {
        Serde<Article> serde = Topics.DEFAULT.enrichedArticles().valueSerde();
        List<byte[]> records = enriched.stream().map(a -> serde.serializer().serialize("bench", a)).toList();
        StoryIndex stories = new StoryIndex(new MemoryBucketStore(), config.storyMaxDistance(), config.storyWindow());
        int rounds = Math.max(passes * 10, 100);
        long start = 0;
        for (int round = -rounds; round < rounds; round++) {
            start = round == 0 ? System.nanoTime() : start; // the first half warms up
            for (byte[] record : records) {
                Article article = serde.deserializer().deserialize("bench", record);
                serde.serializer().serialize("bench", StoryPlacer.place(stories, article));
            }
        }
        double micros = (System.nanoTime() - start) / 1e3 / rounds / records.size();
        spec.commandLine().getOut().printf(Locale.ROOT,
                "clustering task (deserialize, place, serialize): %.1f µs/article, %.0f articles/s on one thread%n",
                micros, 1e6 / micros);
    }

    private static Article enrich(EnrichSteps steps, StoryIndex stories, ExtractedPage page) {
        return StoryPlacer.place(stories, steps.enrich(page));
    }

    private void report(List<ExtractedPage> articles, long[] nanos, long heapBytes) {
        Arrays.sort(nanos);
        double meanMs = Arrays.stream(nanos).average().orElseThrow() / 1e6;
        double bodyBytes = articles.stream()
                .mapToInt(page -> page.article().body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .average().orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "articles: %d (%d timed enrichments, %d warm-up passes), mean body %.1f KB%n",
                articles.size(), nanos.length, warmup, bodyBytes / 1024);
        out.printf(Locale.ROOT, "enrich ms/article: mean %.2f, p50 %.2f, p99 %.2f, max %.2f%n", meanMs,
                percentile(nanos, 50), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
        out.printf(Locale.ROOT, "enrich ms per 4 KB of body: %.2f%n", meanMs * REFERENCE_BODY_BYTES / bodyBytes);
        out.printf(Locale.ROOT, "heap used after loading every model and warming up: %.1f MB (max heap %.0f MB)%n",
                heapBytes / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Heap in use once garbage is collected: what the steps and their models hold. */
    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc(); // a benchmark may ask for collection: the figure is meaningless with garbage in it
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private List<ExtractedPage> extractAll(EnrichSteps steps, List<Path> pages) {
        List<ExtractedPage> articles = new ArrayList<>();
        int rejected = 0;
        for (Path page : pages) {
            StepResult<ExtractedPage> result = steps.clean(raw(page)).then(steps::extract);
            if (result.isOk()) {
                articles.add(result.value());
            } else {
                rejected++;
            }
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "%d pages under %s: %d articles, %d rejected (not timed)%n",
                pages.size(), dir, articles.size(), rejected);
        return articles;
    }

    private RawArticle raw(Path page) {
        String url = "https://bench.invalid/" + dir.relativize(page).toString().replace('\\', '/');
        return RawArticle.newBuilder()
                .setId(ArticleId.of(url))
                .setUrl(url)
                .setFinalUrl(url)
                .setDiscovery(Discovery.newBuilder()
                        .setMethod(DiscoveryMethod.OTHER)
                        .setSourceUrl(page.toString())
                        .build())
                .setFetchedAt(Instant.now())
                .setHttpStatus(200)
                .setContentType("text/html")
                .setBody(ByteBuffer.wrap(bytes(page)))
                .build();
    }

    private static List<Path> pages(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches("(?i).*\\.html?(\\.gz)?$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path page) {
        try (InputStream in = page.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(page)) : Files.newInputStream(page)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page + ": " + e.getMessage(), e);
        }
    }
}
