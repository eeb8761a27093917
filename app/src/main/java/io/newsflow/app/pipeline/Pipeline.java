package io.newsflow.app.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.kafka.TopicCreator;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.IngestReport;
import io.newsflow.publish.PublishApp;
import io.newsflow.runtime.Stage;
import io.newsflow.runtime.StageHealth;
import io.newsflow.runtime.StageInput;
import io.newsflow.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final List<Stage> stages = new ArrayList<>();
    private final Optional<IngestApp> ingest;
    private final MeterRegistry meters;
    private boolean closed;

    /**
     * Creates the topics and starts the given stages, with meters that go nowhere.
     *
     * @param settings the operator's settings (file and environment)
     * @param bootstrapServers the cluster
     * @param stages which stages to run
     * @param continuousIngest whether ingest polls its sources on its schedule ({@code false}: only on
     *     {@link #drainSources()})
     * @throws io.newsflow.runtime.config.InvalidSettingsException listing every bad setting
     */
    public Pipeline(Map<String, String> settings, String bootstrapServers, Set<StageName> stages,
            boolean continuousIngest) {
        this(PipelineConfig.load(settings, stages), bootstrapServers, continuousIngest, new SimpleMeterRegistry());
    }

    /**
     * Creates the topics and starts the configured stages.
     *
     * @param config every setting, already checked
     * @param bootstrapServers the cluster
     * @param continuousIngest whether ingest polls its sources on its schedule ({@code false}: only on
     *     {@link #drainSources()})
     * @param meters where every stage's meters go
     */
    public Pipeline(PipelineConfig config, String bootstrapServers, boolean continuousIngest, MeterRegistry meters) {
        this.config = config.newsflow();
        this.topics = this.config.topics();
        this.meters = meters;
        Map<String, Object> client = this.config.clientProperties(bootstrapServers);
        this.admin = Admin.create(client);
        TopicCreator.createMissing(admin, topics);
        this.ingest = config.stages().contains(StageName.INGEST)
                ? Optional.of(new IngestApp(config.ingest(), topics, client, Clock.systemUTC(), meters))
                : Optional.empty();
        ingest.ifPresent(stages::add);
        if (config.stages().contains(StageName.ENRICH) && config.enrich().storyByBand()) {
            TopicCreator.createCopartitioned(admin, EnrichApp.storyLoopTopic(config.enrich(), topics),
                    topics.rawArticles().name());
        }
        if (config.stages().contains(StageName.ENRICH)) {
            stages.add(new EnrichApp(
                    config.enrich(), topics, this.config.streamsClientProperties(client, "enrich"), meters));
        }
        if (config.stages().contains(StageName.PUBLISH)) {
            stages.add(new PublishApp(
                    config.publish(),
                    topics,
                    this.config.streamsClientProperties(client, "publish"),
                    meters,
                    names -> TopicCreator.createMissing(
                            admin, names.stream().map(topics::routed).toList())));
        }
        stages.forEach(stage -> stage.bindMetrics(meters));
        // one-shot ingest (--until-idle, demo) runs its pass on drainSources() instead of polling
        stages.stream().filter(stage -> continuousIngest || !ingest.map(stage::equals).orElse(false))
                .forEach(Stage::start);
        LOG.info("pipeline running stages {} against {}", config.stages(), bootstrapServers);
    }

    /** The meters of the stages running here. */
    public MeterRegistry meters() {
        return meters;
    }

    /** All stages. */
    public static Set<StageName> allStages() {
        return EnumSet.allOf(StageName.class);
    }

    /** The topics the pipeline uses. */
    public Topics topics() {
        return topics;
    }

    /** Runs one ingest pass over every source, if ingest runs here. */
    public Optional<IngestReport> drainSources() {
        return ingest.map(IngestApp::runOnce);
    }

    /** Each stage's health, by stage name. */
    public Map<String, StageHealth> health() {
        Map<String, StageHealth> health = new LinkedHashMap<>();
        stages.forEach(stage -> health.put(stage.name(), stage.health()));
        return health;
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
        stages.stream().flatMap(stage -> stage.input().stream())
                .forEach((StageInput input) -> groups.put(input.group(), input.topic()));
        return Progress.read(admin, topics, groups);
    }

    /** Throws when a stage has died of an unexpected error. */
    public void failIfDead() {
        for (Stage stage : stages) {
            Optional<Throwable> error = stage.failure();
            if (error.isPresent()) {
                throw new IllegalStateException("the " + stage.name() + " stage died: " + error.get(), error.get());
            }
        }
    }

    /** Stops every stage, the last started first, within {@link Stage#DEFAULT_CLOSE} in all. */
    @Override
    public void close() {
        close(Stage.DEFAULT_CLOSE);
    }

    /** Stops every stage, the last started first, within {@code deadline} in all; each gets what the others left. */
    public synchronized void close(Duration deadline) {
        if (closed) {
            return;
        }
        closed = true;
        long end = System.nanoTime() + deadline.toNanos();
        for (int i = stages.size() - 1; i >= 0; i--) {
            Stage stage = stages.get(i);
            try {
                stage.close(Duration.ofNanos(Math.max(0, end - System.nanoTime()) / (i + 1)));
            } catch (RuntimeException e) {
                // closing the others matters more than this failure, which we report
                LOG.warn("error while stopping {}", stage.name(), e);
            }
        }
        admin.close(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
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
