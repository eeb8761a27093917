package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.runtime.streams.StreamsStage;
import io.newsflow.runtime.streams.StreamsStageConfig;
import io.newsflow.schemas.Topics;
import java.util.Map;
import java.util.Properties;

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
        super(EnrichTopology.STAGE, EnrichTopology.build(config, topics, meters), streamsConfig(config), topics,
                topics.rawArticles().name(), topics.enrichedArticles().name(), clientProperties, meters);
    }

    static Properties properties(EnrichConfig config, Topics topics, Map<String, Object> clientProperties) {
        return StreamsStage.properties(EnrichTopology.STAGE, streamsConfig(config), topics, clientProperties,
                new SimpleMeterRegistry());
    }

    private static StreamsStageConfig streamsConfig(EnrichConfig config) {
        return new StreamsStageConfig(config.applicationId(), config.streamThreads(), config.stateDir());
    }
}
