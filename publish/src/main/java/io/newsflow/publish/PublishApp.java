package io.newsflow.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.publish.route.ArticleRouter;
import io.newsflow.publish.route.Lineage;
import io.newsflow.publish.route.RouteTopicCreator;
import io.newsflow.runtime.config.Settings;
import io.newsflow.runtime.streams.StreamsStage;
import io.newsflow.runtime.streams.StreamsStageConfig;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The publish stage: runs {@link RoutingTopology} on the common Kafka Streams stage base (exactly-once, dead letters,
 * failure policy). It owns its Kafka Streams client; {@link #close()} stops it.
 */
public final class PublishApp extends StreamsStage {

    /**
     * Creates the fixed route topics and the stage.
     *
     * @param config the stage's settings
     * @param topics the topics it reads and writes
     * @param clientProperties Kafka client settings (bootstrap.servers, security)
     * @param meters where the stage's meters (dead letters) are registered
     * @param creator creates route topics, now for fixed names and later for templated ones
     * @throws IllegalArgumentException when a route names one of the pipeline's own topics
     */
    public PublishApp(PublishConfig config, Topics topics, Map<String, Object> clientProperties, MeterRegistry meters,
            RouteTopicCreator creator) {
        super(RoutingTopology.STAGE, topology(config, topics, creator), streamsConfig(config), topics,
                topics.enrichedArticles().name(), topics.articles().name(), clientProperties, meters);
    }

    /** The topology of this stage, with the fixed route topics created. */
    static org.apache.kafka.streams.Topology topology(PublishConfig config, Topics topics, RouteTopicCreator creator) {
        ArticleRouter router = router(config, topics);
        creator.createMissing(router.fixedTopics());
        return RoutingTopology.build(topics, router, lineage(), creator);
    }

    /**
     * The router of the configured routes.
     *
     * @throws IllegalArgumentException when a route writes to one of the pipeline's own topics
     */
    static ArticleRouter router(PublishConfig config, Topics topics) {
        Set<String> own = topics.all().stream().map(Topic::name).collect(Collectors.toSet());
        config.routes().stream().filter(route -> own.contains(route.topic().pattern())).findFirst().ifPresent(route -> {
            throw new IllegalArgumentException("publish route '" + route.name() + "': topic " + route.topic().pattern()
                    + " is one of the pipeline's own topics; name another");
        });
        return new ArticleRouter(config.routes(), topics.articles().name());
    }

    /** The lineage of this build: its version from {@code version.properties}. */
    static Lineage lineage() {
        return new Lineage(Settings.defaults(PublishApp.class, "version.properties").get("pipeline.version"));
    }

    static Properties properties(PublishConfig config, Topics topics, Map<String, Object> clientProperties) {
        return StreamsStage.properties(RoutingTopology.STAGE, streamsConfig(config), topics, clientProperties,
                new SimpleMeterRegistry());
    }

    private static StreamsStageConfig streamsConfig(PublishConfig config) {
        return new StreamsStageConfig(config.applicationId(), config.streamThreads(), config.stateDir());
    }
}
