package io.newsflow.publish;

import io.newsflow.runtime.streams.StreamsTopics;
import io.newsflow.schemas.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/**
 * The publish topology: enriched articles to the public, compacted articles topic, keyed by article id.
 *
 * <pre>
 * newsflow.enriched.v1 → newsflow.articles.v1
 * </pre>
 *
 * Records that cannot be decoded go to the dead-letter topic through
 * {@link io.newsflow.runtime.deadletter.DeadLetterExceptionHandler}, so the public topic only ever holds valid articles
 * in the current schema. Routing to per-language or per-section topics slots in here.
 */
public final class RoutingTopology {

    /** The stage name written into dead letters. */
    public static final String STAGE = "publish";

    private RoutingTopology() {}

    /** Builds the topology. */
    public static Topology build(Topics topics) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.enrichedArticles().name(), StreamsTopics.consumed(topics.enrichedArticles()))
                .to(topics.articles().name(), StreamsTopics.produced(topics.articles()));
        return builder.build();
    }
}
