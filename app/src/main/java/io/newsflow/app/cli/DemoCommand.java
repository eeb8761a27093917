package io.newsflow.app.cli;

import io.newsflow.runtime.json.RecordJson;
import io.newsflow.app.kafka.EmbeddedKafka;
import io.newsflow.app.kafka.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.PipelineConfig;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.app.sample.SampleArticle;
import io.newsflow.app.sample.SampleSite;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow demo}: the whole pipeline on this machine, nothing beyond loopback: an embedded broker, the bundled
 * sample site, ingest → enrich → publish until every sample article is on the articles topic.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on an embedded broker over the bundled sample news site, then print a"
                + " summary and one enriched article.")
public final class DemoCommand implements Callable<Integer> {

    /** The sample article the demo prints: the real German article the pipeline was designed around. */
    static final String SHOWN_ARTICLE = "articles/politik/russland-nordkorea-schoigu-besuch-kim-militaer-92420417.html";

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT3M",
            description = "Give up when the pipeline has not drained after this long (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Extra settings (YAML or .properties), e.g. publish.routes; the demo's sources and"
                    + " directories take precedence.")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker and stream state here, for `newsflow tail --embedded --data-dir DIR`"
                    + " afterwards (default: a temporary directory, removed at the end).")
    Path dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path dir = dataDir != null ? dataDir.toAbsolutePath() : Files.createTempDirectory("newsflow-demo");
        try (SampleSite site = SampleSite.start()) {
            // every setting is checked before the broker starts: a bad route is one line, not a stack of logs
            PipelineConfig settings = PipelineConfig.load(settings(site, dir), Pipeline.allStages());
            try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
                    Pipeline pipeline =
                            new Pipeline(settings, kafka.bootstrapServers(), false, new SimpleMeterRegistry())) {
                return run(out, site, kafka, pipeline, started);
            }
        } finally {
            if (dataDir == null) {
                deleteRecursively(dir);
            }
        }
    }

    private int run(PrintWriter out, SampleSite site, EmbeddedKafka kafka, Pipeline pipeline, long started) {
        pipeline.drainSources();
        pipeline.awaitIdle(timeout);
        Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        Topics topics = pipeline.topics();
        long raw = TopicReader.readAll(client, topics.rawArticles()).size();
        long enriched = TopicReader.readAll(client, topics.enrichedArticles()).size();
        List<ConsumerRecord<String, DeadLetter>> dead = TopicReader.readAll(client, topics.deadLetters());
        List<Article> published = TopicReader.readAll(client, topics.articles()).stream()
                .map(ConsumerRecord::value).toList();
        double seconds = (System.nanoTime() - started) / 1e9;
        printSummary(out, raw, enriched, dead, published.size(), seconds);
        DemoTopics.print(out, client, topics);
        return report(out, site, published);
    }

    private Map<String, String> settings(SampleSite site, Path dataDir) {
        Map<String, String> settings = new HashMap<>(config == null ? Map.of() : SettingsSource.read(config));
        settings.putAll(Map.of(
                "ingest.sources.0.type", "feed", "ingest.sources.0.url", site.base() + "/feed.xml",
                "ingest.sources.1.type", "feed", "ingest.sources.1.url", site.base() + "/atom.xml",
                "enrich.state.dir", dataDir.resolve("streams/enrich").toString(),
                "publish.state.dir", dataDir.resolve("streams/publish").toString(),
                "pipeline.idle.after", "2s",
                // the sample site runs on this machine: allow-list loopback explicitly, and space requests lightly
                "ingest.allow.addresses", "127.0.0.0/8,::1",
                "ingest.host.delay", "50ms"));
        return settings;
    }

    private static void printSummary(
            PrintWriter out,
            long raw,
            long enriched,
            List<ConsumerRecord<String, DeadLetter>> dead,
            int published,
            double seconds) {
        out.println();
        out.printf("  %-28s %6d%n", "articles in (raw)", raw);
        out.printf("  %-28s %6d%n", "enriched", enriched);
        out.printf("  %-28s %6d%n", "published", published);
        out.printf("  %-28s %6d%n", "dead-lettered", dead.size());
        dead.forEach(letter -> out.printf("    %s: %s%n", letter.value().getReason(), letter.value().getDetail()));
        out.printf("  %-28s %6.1f s%n", "time", seconds);
        out.println();
    }

    private static int report(PrintWriter out, SampleSite site, List<Article> published) {
        Set<String> urls = published.stream().map(Article::getUrl).collect(Collectors.toSet());
        List<SampleArticle> missing = SampleSite.articles().stream()
                .filter(article -> !urls.contains(article.url(site.base())))
                .toList();
        published.stream()
                .filter(article -> article.getUrl().equals(site.base() + "/" + SHOWN_ARTICLE))
                .findFirst()
                .ifPresent(article -> out.println(RecordJson.pretty(RecordJson.of(article))));
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missing.size() + " sample articles did not reach the articles topic: "
                    + missing.stream().map(SampleArticle::path).toList());
        }
        return 0;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the demo's data directory " + dir, e);
        }
    }
}
