package io.newsflow.app.cli.bench;

import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.kafka.EmbeddedKafka;
import io.newsflow.app.pipeline.PipelineConfig;
import io.newsflow.app.pipeline.SettingsSource;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench pipeline [DIR]}: enrich and publish, as the Kafka Streams apps they are (exactly-once),
 * in this process against an embedded broker or a given cluster, fed with raw articles made from saved pages, and
 * the figures of the run: throughput end to end and per stage, CPU per article per stage, latency, heap, RSS, GC.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Run enrich and publish in this process (exactly-once, their real Kafka Streams apps) on fresh"
                + " topics, feed them raw articles made from the saved pages (.html, .html.gz) under DIR - or the"
                + " bundled sample pages - repeated under distinct URLs, and print throughput, CPU per article per"
                + " stage, latency, heap, RSS and GC time.",
                "Uses a fresh embedded broker under --data-dir (removed afterwards) unless --bootstrap-servers is"
                        + " given; CPU is split by thread name (see docs/performance.md)."})
public final class BenchPipelineCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Directory of saved pages, searched recursively (default: the bundled sample pages).")
    @Nullable Path dir;

    @Option(names = "--articles", defaultValue = "5000", description = "Articles to feed (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--rate",
            defaultValue = "0",
            description =
                    "Articles offered per second; 0: as fast as the producer takes them (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--stream-threads",
            paramLabel = "N",
            description =
                    "Stream threads of enrich and of publish (default: the settings' enrich/publish.stream.threads).")
    @Nullable Integer streamThreads;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Settings (YAML or .properties) under the bench's own.")
    @Nullable Path config;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "Give up when not every article has arrived after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        check();
        BenchFeed feed = BenchFeed.of(dir);
        String prefix = "bench-pipeline-" + System.currentTimeMillis();
        Path work = kafka.dataDir().resolve(prefix).toAbsolutePath();
        PipelineConfig settings =
                PipelineConfig.load(settings(prefix, work), EnumSet.of(StageName.ENRICH, StageName.PUBLISH));
        try {
            PipelineBenchReport report;
            try (EmbeddedKafka broker = kafka.embedded() ? EmbeddedKafka.start(work.resolve("kafka")) : null) {
                String bootstrap = broker != null ? broker.bootstrapServers() : kafka.bootstrapServers();
                Map<String, Object> client = settings.newsflow().clientProperties(bootstrap);
                String setup = setup(feed, settings, broker != null ? "embedded" : bootstrap);
                report = new PipelineBenchRun(settings, client, feed, spec.commandLine().getErr())
                        .run(setup, articles, rate, timeout);
            }
            report.print(spec.commandLine().getOut());
            if (!report.exactlyOnce()) {
                spec.commandLine().getErr().println("not exactly once: see the arrived line above");
                return 1;
            }
            return 0;
        } finally {
            deleteRecursively(work);
        }
    }

    private void check() {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be at least 1, got " + articles);
        }
        if (rate < 0 || Double.isNaN(rate)) {
            throw new ParameterException(spec.commandLine(), "--rate must be 0 (unpaced) or positive, got " + rate);
        }
        if (streamThreads != null && (streamThreads < 1 || streamThreads > 64)) {
            throw new ParameterException(spec.commandLine(), "--stream-threads must be 1..64, got " + streamThreads);
        }
    }

    /** The operator's settings with the bench's own over them: fresh topics, groups and state for this run. */
    private Map<String, String> settings(String prefix, Path work) {
        Map<String, String> settings = new HashMap<>(SettingsSource.load(config, System.getenv()));
        settings.put("topics.prefix", prefix);
        settings.put("enrich.application.id", prefix + "-enrich");
        settings.put("publish.application.id", prefix + "-publish");
        settings.put("enrich.state.dir", work.resolve("enrich").toString());
        settings.put("publish.state.dir", work.resolve("publish").toString());
        if (streamThreads != null) {
            settings.put("enrich.stream.threads", streamThreads.toString());
            settings.put("publish.stream.threads", streamThreads.toString());
        }
        return settings;
    }

    private String setup(BenchFeed feed, PipelineConfig settings, String broker) {
        return String.format(
                Locale.ROOT,
                "bench pipeline: %d articles from %d distinct pages (mean %.1f KB), offered"
                        + " %s, stream threads enrich %d / publish %d, %d partitions,"
                        + " broker %s, %d cores, max heap %d MB",
                articles,
                feed.distinctPages(),
                feed.meanBytes() / 1024,
                rate > 0 ? rate + "/s" : "unpaced",
                settings.enrich().streamThreads(),
                settings.publish().streamThreads(),
                settings.newsflow().partitions(),
                broker,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The feed's producer: as ingest's (acks=all, idempotent, zstd, records as large as the topics take). */
    static Map<String, Object> producerProperties(Map<String, Object> client) {
        Map<String, Object> properties = new HashMap<>(client);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-feed");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        return properties;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the bench's data directory " + dir, e);
        }
    }
}
