package io.newsflow.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.runtime.streams.StreamsStage;
import io.newsflow.runtime.streams.StreamsStageConfig;
import io.newsflow.schemas.Topics;
import java.util.Map;
import java.util.Properties;

/**
 * The publish stage: runs {@link RoutingTopology} on the common Kafka Streams stage base (exactly-once, dead letters,
 * failure policy). It owns its Kafka Streams client; {@link #close()} stops it.
 */
public final class PublishApp extends StreamsStage {

    /**
     * @param config the stage's settings
     * @param topics the topics it reads and writes
     * @param clientProperties Kafka client settings (bootstrap.servers, security)
     * @param meters where the stage's meters (dead letters) are registered
     */
    public PublishApp(PublishConfig config, Topics topics, Map<String, Object> clientProperties, MeterRegistry meters) {
        super(RoutingTopology.STAGE, RoutingTopology.build(topics), streamsConfig(config), topics,
                topics.enrichedArticles().name(), topics.articles().name(), clientProperties, meters);
    }

    static Properties properties(PublishConfig config, Topics topics, Map<String, Object> clientProperties) {
        return StreamsStage.properties(RoutingTopology.STAGE, streamsConfig(config), topics, clientProperties,
                new SimpleMeterRegistry());
    }

    private static StreamsStageConfig streamsConfig(PublishConfig config) {
        return new StreamsStageConfig(config.applicationId(), config.streamThreads(), config.stateDir());
    }
}
