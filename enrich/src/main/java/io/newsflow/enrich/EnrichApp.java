package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.enrich.story.StoryClustering;
import io.newsflow.runtime.streams.StreamsStage;
import io.newsflow.runtime.streams.StreamsStageConfig;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The enrich stage: runs {@link EnrichTopology} on the common Kafka Streams stage base (exactly-once, dead letters,
 * failure policy). It owns its Kafka Streams client; {@link #close()} stops it.
 */
public final class EnrichApp extends StreamsStage {

    /**
     * @param config the stage's settings
     * @param topics the topics it reads and writes
     * @param clientProperties Kafka client settings (bootstrap.servers, security)
     * @param meters where the stage's meters (dead letters, step latencies) are registered
     */
    public EnrichApp(EnrichConfig config, Topics topics, Map<String, Object> clientProperties, MeterRegistry meters) {
        this(config, topics, clientProperties, meters, Optional.empty());
    }

    /**
     * The stage over the raw records before {@code end} only (all when empty), for a reprocessing of history.
     *
     * @param end raw records with a timestamp at or after it are skipped
     */
    public EnrichApp(EnrichConfig config, Topics topics, Map<String, Object> clientProperties, MeterRegistry meters,
            Optional<Instant> end) {
        super(EnrichTopology.STAGE, EnrichTopology.build(config, topics, meters, end), streamsConfig(config), topics,
                topics.rawArticles().name(), topics.enrichedArticles().name(), clientProperties, meters);
    }

    /**
     * The story-bands loop topic this application reads and writes (see {@link StoryClustering}): Kafka Streams does
     * not create it, so whoever starts the stage creates it first, like the other topics. It has the raw topic's
     * partitions, which co-partitions the band answers with the articles waiting for them, and the raw topic's
     * retention: a lookup must outlive an outage as long as a raw page does.
     */
    public static Topic<String, String> storyLoopTopic(EnrichConfig config, Topics topics) {
        Topic<String, RawArticle> raw = topics.rawArticles();
        return new Topic<>(StoryClustering.loopTopic(config.applicationId()), Serdes.String(), Serdes.String(),
                raw.partitions(), raw.replicationFactor(),
                Map.of("cleanup.policy", "delete", "retention.ms", raw.configs().get("retention.ms")));
    }

    static Properties properties(EnrichConfig config, Topics topics, Map<String, Object> clientProperties) {
        return StreamsStage.properties(EnrichTopology.STAGE, streamsConfig(config), topics, clientProperties,
                new SimpleMeterRegistry());
    }

    private static StreamsStageConfig streamsConfig(EnrichConfig config) {
        return new StreamsStageConfig(config.applicationId(), config.streamThreads(), config.stateDir());
    }
}
