package io.newsflow.enrich.story;

import io.newsflow.schemas.avro.Article;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * Story clustering spread over partitions by band: the articles stay on their own partitions (keyed by id), and
 * their lookups and placements go to the band buckets, each bucket on the partition of its band key.
 *
 * <pre>
 * articles (by id) → gather-band-answers ┬ placed article (by id) → out
 *        ↑                               └ lookup / remember (by band key) → &lt;app id&gt;-story-bands-loop
 *        └ story-band-answers (by id) ← look-up-band-buckets ←──────────────────────┘
 * </pre>
 *
 * The loop topic is written by the gather step and read by the band step of the same application: Kafka Streams
 * creates repartition topics only for acyclic flows, so the enrich stage creates it ({@link #loopTopic}) with the raw
 * topic's partitions, and the answers' repartition topic inherits them, which co-partitions the answers with the
 * articles they are for. Lookups and remembers of one bucket share that topic, so a bucket sees them in the order
 * they were written: an article whose placement was committed before another article was looked up is a candidate
 * for it, which is what keeps the single-index placements. Two near-duplicates in flight together meet as pending
 * entries in a bucket they share and are placed one after the other, in (time, id) order ({@link BandBucketProcessor},
 * docs/story-clustering.md).
 */
public final class StoryClustering {

    private StoryClustering() {}

    /** The loop topic of an enrich application: internal to it, like the topics Kafka Streams names after it. */
    public static String loopTopic(String applicationId) {
        return applicationId + "-story-bands-loop";
    }

    /**
     * The articles with {@code clusterId} and {@code duplicateOf} set, removals (null values) passed on in order.
     *
     * @param builder the topology's builder, to read the loop topic
     * @param articles clean articles and removals, keyed by article id, partitioned like the raw topic
     * @param rules distance and window
     * @param loopTopic the loop topic's name, {@link #loopTopic(String)}
     * @param articleSerde how waiting articles are stored
     */
    public static KStream<String, Article> place(StreamsBuilder builder, KStream<String, Article> articles,
            StoryRules rules, String loopTopic, Serde<Article> articleSerde) {
        return place(builder, articles, rules, loopTopic, loopTopic, articleSerde);
    }

    /**
     * As {@link #place(StreamsBuilder, KStream, StoryRules, String, Serde)}, reading the loop from one topic and
     * writing it to another: a test moves the records between the two in the order it wants to interleave.
     */
    static KStream<String, Article> place(StreamsBuilder builder, KStream<String, Article> articles,
            StoryRules rules, String readLoop, String writeLoop, Serde<Article> articleSerde) {
        KStream<String, StoryEvent> answers = builder
                .stream(readLoop, Consumed.with(Serdes.String(), Serdes.String()).withName("read-story-bands-loop"))
                .process(BandBucketProcessor.supplier(rules), Named.as("look-up-band-buckets"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.String()).withName("story-band-answers"))
                .mapValues(reply -> new StoryEvent.Reply(BandReply.decode(reply)), Named.as("read-band-answer"));
        Map<String, KStream<String, StoryOutput>> outputs = articles
                .<StoryEvent>mapValues(StoryEvent.Version::new, Named.as("article-version"))
                .merge(answers, Named.as("merge-band-answers"))
                .process(StoryGatherer.supplier(rules, articleSerde), Named.as("gather-band-answers"))
                .split(Named.as("story-"))
                .branch((key, output) -> output instanceof StoryOutput.Request, Branched.as("request"))
                .defaultBranch(Branched.as("placed"));
        outputs.get("story-request")
                .mapValues(output -> ((StoryOutput.Request) output).request().encode(), Named.as("encode-band-request"))
                .to(writeLoop, Produced.with(Serdes.String(), Serdes.String()).withName("write-story-bands-loop"));
        return outputs.get("story-placed")
                .mapValues(output -> ((StoryOutput.Placed) output).article(), Named.as("placed-article"));
    }
}
