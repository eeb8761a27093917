package io.newsflow.app.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.kafka.TopicCreator;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestReport;
import io.newsflow.publish.PublishApp;
import io.newsflow.publish.PublishConfig;
import io.newsflow.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages of newsflow running in one process against one Kafka cluster: creates the topics, starts the chosen
 * stages, and tells when the pipeline has drained. Every stage still talks only through Kafka, exactly as when each
 * runs in its own process.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final NewsflowConfig config;
    private final Topics topics;
    private final Admin admin;
    private final EnrichConfig enrichConfig;
    private final PublishConfig publishConfig;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private final Optional<IngestApp> ingest;
    private final MeterRegistry meters = new SimpleMeterRegistry();

    /**
     * Creates the topics and starts the given stages.
     *
     * @param settings the operator's settings (file and environment)
     * @param bootstrapServers the cluster
     * @param stages which stages to run
     * @param continuousIngest whether ingest polls its sources on its schedule ({@code false}: only on
     *     {@link #drainSources()})
     */
    public Pipeline(Map<String, String> settings, String bootstrapServers, Set<Stage> stages, boolean continuousIngest) {
        this.config = NewsflowConfig.load(settings);
        this.topics = config.topics();
        Map<String, Object> client = config.clientProperties(bootstrapServers);
        this.enrichConfig = EnrichConfig.load(settings);
        this.publishConfig = PublishConfig.load(settings);
        IngestConfig ingestConfig = stages.contains(Stage.INGEST) ? IngestConfig.load(settings) : null;
        this.admin = Admin.create(client);
        TopicCreator.createMissing(admin, topics);
        this.ingest = Optional.ofNullable(ingestConfig).map(c -> new IngestApp(c, topics, client, Clock.systemUTC(), meters));
        ingest.ifPresent(running::add);
        if (stages.contains(Stage.ENRICH)) {
            EnrichApp enrich = new EnrichApp(enrichConfig, topics,
                    config.streamsClientProperties(client, "enrich"), fatal::set);
            running.add(enrich);
            enrich.start();
        }
        if (stages.contains(Stage.PUBLISH)) {
            PublishApp publish = new PublishApp(publishConfig, topics,
                    config.streamsClientProperties(client, "publish"), fatal::set);
            running.add(publish);
            publish.start();
        }
        if (continuousIngest) {
            ingest.ifPresent(IngestApp::start);
        }
        LOG.info("pipeline running stages {} against {}", stages, bootstrapServers);
    }

    /** The meters of the stages running here (ingest's outcome counters). */
    public MeterRegistry meters() {
        return meters;
    }

    /** All stages. */
    public static Set<Stage> allStages() {
        return EnumSet.allOf(Stage.class);
    }

    /** The topics the pipeline uses. */
    public Topics topics() {
        return topics;
    }

    /** Runs one ingest pass over every source, if ingest runs here. */
    public Optional<IngestReport> drainSources() {
        return ingest.map(IngestApp::runOnce);
    }

    /**
     * Waits until every running stream stage has consumed all its input and nothing has moved for the configured
     * idle time.
     *
     * @throws IllegalStateException when a stage died, or {@code timeout} passed first
     */
    public Progress awaitIdle(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Progress last = progress();
        Instant quietSince = Instant.now();
        while (true) {
            failIfDead();
            sleep(Duration.ofMillis(250));
            Progress now = progress();
            if (!now.equals(last) || !now.caughtUp()) {
                quietSince = Instant.now();
                last = now;
            } else if (Duration.between(quietSince, Instant.now()).compareTo(config.idleAfter()) >= 0) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("pipeline not idle after " + timeout + ": " + now);
            }
        }
    }

    /** What has reached each topic and how far behind each running stage is. */
    public Progress progress() {
        Map<String, String> groups = new HashMap<>();
        running.forEach(stage -> {
            if (stage instanceof EnrichApp) {
                groups.put(enrichConfig.applicationId(), topics.rawArticles().name());
            } else if (stage instanceof PublishApp) {
                groups.put(publishConfig.applicationId(), topics.enrichedArticles().name());
            }
        });
        return Progress.read(admin, topics, groups);
    }

    /** Throws when a stage has died of an unexpected error. */
    public void failIfDead() {
        Throwable error = fatal.get() != null ? fatal.get() : ingest.flatMap(IngestApp::failure).orElse(null);
        if (error != null) {
            throw new IllegalStateException("a pipeline stage died: " + error, error);
        }
    }

    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                // closing the others matters more than this failure, which we report
                LOG.warn("error while stopping {}", running.get(i).getClass().getSimpleName(), e);
            }
        }
        admin.close(Duration.ofSeconds(10));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline", e);
        }
    }
}
