package io.newsflow.publish;

import io.newsflow.publish.route.ArticleRouter;
import io.newsflow.publish.route.Lineage;
import io.newsflow.publish.route.RouteProcessor;
import io.newsflow.publish.route.RouteTopicCreator;
import io.newsflow.publish.route.RoutedRecord;
import io.newsflow.publish.route.StoryAggregator;
import io.newsflow.publish.route.StoryLineageProcessor;
import io.newsflow.runtime.streams.StreamsTopics;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Story;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The publish topology: every enriched article to the public, compacted articles topic, to the routes it matches,
 * its entities to the mentions topic, and its story to the stories topic.
 *
 * <pre>
 * newsflow.enriched.v1 ─┬─ route-articles ─→ newsflow.articles.v1, routed topics, newsflow.mentions.v1
 *                       └─ latest-article-story ─→ (repartition by cluster) ─→ aggregate-stories ─→ newsflow.stories.v1
 * </pre>
 *
 * Records that cannot be decoded go to the dead-letter topic through
 * {@link io.newsflow.runtime.deadletter.DeadLetterExceptionHandler}, so the public topics only ever hold valid
 * records in the current schema.
 */
public final class RoutingTopology {

    /** The stage name written into dead letters. */
    public static final String STAGE = "publish";
    /** The store of each cluster's story. */
    public static final String STORIES_STORE = "stories";
    /** The store of each article's latest version as a one-member story, keyed by article id. */
    public static final String ARTICLE_STORIES_STORE = "article-stories";

    private RoutingTopology() {}

    /**
     * Builds the topology.
     *
     * @param router where each article goes
     * @param lineage the headers every output record gets
     * @param creator creates routed topics the first time an article needs one
     */
    public static Topology build(Topics topics, ArticleRouter router, Lineage lineage, RouteTopicCreator creator) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RouteProcessor.STORE),
                Serdes.String(), Serdes.String()));
        KStream<String, Article> articles =
                builder.stream(topics.enrichedArticles().name(), StreamsTopics.consumed(topics.enrichedArticles()));
        // one sink with a per-record topic: Avro and JSON routes, tombstones and mentions are all pre-encoded bytes
        articles.process(() -> new RouteProcessor(router, lineage, creator, topics), Named.as("route-articles"),
                        RouteProcessor.STORE)
                .to((key, value, context) -> value.topic(),
                        Produced.with(Serdes.String(), RoutedRecord.serde()).withName("write-routed"));
        stories(articles, topics.stories(), lineage);
        return builder.build();
    }

    /**
     * The story of each cluster. Each article's latest version is kept as a one-member story in a table keyed by
     * article id; grouping that table by cluster id (a repartition) lets Kafka Streams subtract an article's old
     * version from its story before adding the new one, so a correction replaces its member, an article whose cluster
     * changed leaves its old story, and a removal (a null article) drops it; a story left empty is deleted.
     */
    private static void stories(KStream<String, Article> articles, Topic<String, Story> stories, Lineage lineage) {
        articles.mapValues(
                        article -> article == null ? null : StoryAggregator.single(article), Named.as("article-story"))
                .toTable(
                        Named.as("latest-article-story"),
                        Materialized.<String, Story, KeyValueStore<Bytes, byte[]>>as(ARTICLE_STORIES_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(stories.valueSerde()))
                .groupBy(
                        (id, single) -> KeyValue.pair(single.getClusterId(), single),
                        Grouped.with("stories-by-cluster", Serdes.String(), stories.valueSerde()))
                .aggregate(
                        StoryAggregator::empty,
                        (cluster, single, story) -> StoryAggregator.merge(story, single),
                        (cluster, single, story) -> StoryAggregator.remove(story, single),
                        Named.as("aggregate-stories"),
                        // no cache: every article shows in its story at once, not at the next commit
                        Materialized.<String, Story, KeyValueStore<Bytes, byte[]>>as(STORIES_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(stories.valueSerde())
                                .withCachingDisabled())
                .toStream(Named.as("story-updates"))
                .process(() -> new StoryLineageProcessor(lineage), Named.as("story-lineage"))
                .to(stories.name(), StreamsTopics.produced(stories));
    }
}
