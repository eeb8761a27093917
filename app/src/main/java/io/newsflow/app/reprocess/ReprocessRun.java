package io.newsflow.app.reprocess;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.kafka.TopicCreator;
import io.newsflow.app.pipeline.PipelineConfig;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.publish.PublishApp;
import io.newsflow.publish.PublishConfig;
import io.newsflow.runtime.Stage;
import io.newsflow.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * A reprocessing: the current enrich and publish topologies as their own Kafka Streams applications
 * ({@code <live id>-reprocess-<version>}), reading the raw topic from a point in time and writing the versioned
 * output topics, until they have processed everything the raw topic held when it started. The live pipeline's
 * applications and topics are not touched.
 */
public final class ReprocessRun {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PRINT_EVERY = Duration.ofSeconds(5);

    private ReprocessRun() {}

    /**
     * Runs the reprocessing to the end offsets of the raw topic at start.
     *
     * @param config the live pipeline's settings, whose enrich and publish settings the reprocessing runs with
     * @param progress receives a progress line now and then
     * @throws IllegalStateException when a stage dies or the cluster fails
     */
    public static ReprocessReport run(PipelineConfig config, String bootstrapServers, ReprocessRange range,
            Consumer<String> progress) {
        Topics topics = config.newsflow().topics().withOutputVersion(range.version());
        Map<String, Object> client = config.newsflow().clientProperties(bootstrapServers);
        EnrichConfig enrich = config.enrich().withApplicationId(range.applicationId(config.enrich().applicationId()));
        PublishConfig publish = config.publish()
                .forOutputVersion(range.applicationId(config.publish().applicationId()), range.version());
        Instant started = Instant.now();
        try (Admin admin = Admin.create(client)) {
            createTopics(admin, topics, enrich);
            GroupOffsets offsets = new GroupOffsets(admin);
            String raw = topics.rawArticles().name();
            boolean resumed = !offsets.startAt(enrich.applicationId(), raw, range.from());
            Map<TopicPartition, Long> start = offsets.committed(enrich.applicationId());
            Map<TopicPartition, Long> end = offsets.ends(raw);
            progress.accept(String.format("reprocess %s: raw %s from %s (%d offsets to read) into %s, %s",
                    resumed ? "resumes" : "starts", raw, range.from(), sum(end, start, raw),
                    topics.articles().name(), topics.enrichedArticles().name()));
            MeterRegistry meters = new SimpleMeterRegistry();
            Map<String, Object> enrichClient = config.newsflow().streamsClientProperties(client,
                    "enrich-reprocess-" + range.version());
            Map<String, Object> publishClient = config.newsflow().streamsClientProperties(client,
                    "publish-reprocess-" + range.version());
            // publish first: its routes are checked there, before enrich's Kafka Streams client exists
            Stage publishStage = new PublishApp(publish, topics, publishClient, meters,
                    names -> TopicCreator.createMissing(admin, names.stream().map(topics::routed).toList()));
            List<Stage> stages = List.of(new EnrichApp(enrich, topics, enrichClient, meters, range.to()), publishStage);
            try {
                stages.forEach(stage -> stage.bindMetrics(meters));
                stages.forEach(Stage::start);
                Watch watch = new Watch(offsets, stages, new Counts(meters), enrich.applicationId(),
                        publish.applicationId(), progress);
                Counts.Seen seen = watch.awaitDone(topics.enrichedArticles().name(), end);
                return new ReprocessReport(resumed, seen.read(), seen.skipped(), seen.published(),
                        Duration.between(started, Instant.now()));
            } finally {
                // the last started first: publish, then enrich
                for (int i = stages.size() - 1; i >= 0; i--) {
                    stages.get(i).close(Stage.DEFAULT_CLOSE);
                }
            }
        }
    }

    /** The versioned topics, and enrich's story loop when it places stories by band, as the pipeline creates them. */
    private static void createTopics(Admin admin, Topics topics, EnrichConfig enrich) {
        TopicCreator.createMissing(admin, topics);
        if (enrich.storyByBand()) {
            TopicCreator.createCopartitioned(admin, EnrichApp.storyLoopTopic(enrich, topics),
                    topics.rawArticles().name());
        }
    }

    /** Records between {@code from} and {@code to} over the partitions of {@code topic}. */
    private static long sum(Map<TopicPartition, Long> to, Map<TopicPartition, Long> from, String topic) {
        return to.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                .mapToLong(e -> Math.max(0, e.getValue() - from.getOrDefault(e.getKey(), 0L))).sum();
    }

    /** Waits for the two applications to reach their targets, printing progress. */
    private record Watch(GroupOffsets offsets, List<Stage> stages, Counts counts, String enrichGroup,
            String publishGroup, Consumer<String> progress) {

        /** Waits until enrich has passed the raw topic's {@code end} and publish what enrich wrote by then. */
        Counts.Seen awaitDone(String enriched, Map<TopicPartition, Long> end) {
            // publish's target: the end of the enriched topic once enrich is done, fixed from then on
            Map<TopicPartition, Long> publishEnd = null;
            Instant printed = Instant.now();
            while (true) {
                failIfDead();
                if (publishEnd == null && offsets.behind(enrichGroup, end) == 0) {
                    publishEnd = offsets.ends(enriched);
                }
                if (publishEnd != null && offsets.behind(publishGroup, publishEnd) == 0) {
                    return counts.seen();
                }
                if (Duration.between(printed, Instant.now()).compareTo(PRINT_EVERY) >= 0) {
                    Counts.Seen seen = counts.seen();
                    progress.accept(String.format("reprocess: %d raw records read, %d articles published",
                            seen.read(), seen.published()));
                    printed = Instant.now();
                }
                pause();
            }
        }

        private void failIfDead() {
            for (Stage stage : stages) {
                stage.failure().ifPresent(error -> {
                    throw new IllegalStateException("the " + stage.name() + " reprocessing died: " + error, error);
                });
            }
        }

        private static void pause() {
            try {
                Thread.sleep(POLL.toMillis()); // offsets have no change signal: the admin client is polled
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reprocessing", e);
            }
        }
    }
}
