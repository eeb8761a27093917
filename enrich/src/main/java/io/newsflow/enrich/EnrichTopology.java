package io.newsflow.enrich;

import io.newsflow.enrich.step.RejectionRecorder;
import io.newsflow.enrich.step.StepResult;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * The enrich topology: raw pages in, clean enriched articles out, rejections to the dead-letter topic.
 *
 * <pre>
 * newsflow.raw.v1 → clean-page → extract-article → enrich-article → split ┬ ok       → newsflow.enriched.v1
 *                                                                         └ rejected → dead-letter → newsflow.dlq.v1
 * </pre>
 *
 * Records that cannot be decoded, or whose processing throws, never reach these steps: the
 * {@link io.newsflow.schemas.errors.DeadLetterExceptionHandler} sends them to the dead-letter topic. Every step keeps
 * the article id as key, so nothing is repartitioned.
 */
public final class EnrichTopology {

    /** The stage name written into dead letters. */
    public static final String STAGE = "enrich";

    private EnrichTopology() {}

    /** Builds the topology. */
    public static Topology build(EnrichConfig config, Topics topics) {
        EnrichSteps steps = new EnrichSteps(config);
        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, StepResult<Article>> results = builder
                .stream(topics.rawArticles().name(), topics.rawArticles().consumed())
                .mapValues(steps::clean, Named.as("clean-page"))
                .mapValues(page -> page.then(steps::extract), Named.as("extract-article"))
                .mapValues(page -> page.map(steps::enrich), Named.as("enrich-article"));

        results.split(Named.as("route-"))
                .branch((id, result) -> result.isOk(), Branched.withConsumer(ok -> ok
                        .mapValues(StepResult::value, Named.as("unwrap-article"))
                        .to(topics.enrichedArticles().name(), topics.enrichedArticles().produced()), "ok"))
                .defaultBranch(Branched.withConsumer(rejected -> rejected
                        .processValues(RejectionRecorder.<Article>supplier(STAGE), Named.as("dead-letter"))
                        .to(topics.deadLetters().name(), topics.deadLetters().produced()), "rejected"));
        return builder.build();
    }
}
