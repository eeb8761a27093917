package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.enrich.step.RejectionRecorder;
import io.newsflow.enrich.step.StepResult;
import io.newsflow.enrich.step.TimeCutoff;
import io.newsflow.enrich.story.StoryClusterer;
import io.newsflow.enrich.story.StoryClustering;
import io.newsflow.enrich.story.StoryRules;
import io.newsflow.runtime.streams.StreamsTopics;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich topology: raw pages in, clean enriched articles out, rejections to the dead-letter topic.
 *
 * <pre>
 * newsflow.raw.v1 → split-raw ┬ page → clean-page → extract-article → enrich-article → route ┬ ok ┐
 *                              │                                                              └ rejected → dead-letter → newsflow.dlq.v1
 *                              └ removed (null) ───────────────────────────────────────────────────→ merge-removals
 *   → story-clustering (1 partition) → cluster-stories ───────────────────────────────────→ newsflow.enriched.v1
 *
 * with enrich.story.by.band, the story steps instead:
 *   → gather-band-answers ┬ placed article ────────────────────────────────────────────────→ newsflow.enriched.v1
 *          ↑              └ lookup / remember, keyed by band → &lt;app id&gt;-story-bands-loop → look-up-band-buckets ┐
 *          └──────────────── story-band-answers (keyed by article id) ←────────────────────────────────────────┘
 * </pre>
 *
 * A reprocessing of part of the raw topic's history ({@code newsflow reprocess --to}) puts a {@code skip-after-cutoff}
 * step ({@link TimeCutoff}) in front of {@code split-raw}.
 *
 * A removal (a tombstone, which ingest writes when a published page answers 404 or 410) skips the page steps and
 * joins the clean articles before story clustering, which passes it on behind every earlier version of its article,
 * so it reaches the enriched topic once, as a tombstone under the same key.
 *
 * Records that cannot be decoded, or whose processing throws, never reach these steps: the
 * {@link io.newsflow.runtime.deadletter.DeadLetterExceptionHandler} sends them to the dead-letter topic. Every step
 * keeps the article id as key. Story clustering compares each article with every earlier one, which a partition keyed
 * by article id cannot see. By default the clean articles go through one single-partition repartition topic (keys kept)
 * to the {@link StoryClusterer}, whose band-bucket store holds every fingerprint: every article sees all articles
 * before it, but one task places them all. With {@code enrich.story.by.band} the article waits on its own partition
 * while its SimHash band lookups go to the band buckets, each on the partition of its band key, and come back keyed by
 * article id ({@link StoryClustering}): every step scales with the raw topic's partitions, and copies in flight
 * together are ordered by (time, id) in the buckets they share (docs/story-clustering.md).
 */
public final class EnrichTopology {

    /** The stage name written into dead letters. */
    public static final String STAGE = "enrich";

    private EnrichTopology() {}

    /** The meter timing the extraction and enrichment steps, tagged {@code step}. */
    public static final String STEP_TIMER = "newsflow.enrich.step.duration";

    /** Builds the topology with meters that go nowhere (topology tests). */
    public static Topology build(EnrichConfig config, Topics topics) {
        return build(config, topics, new SimpleMeterRegistry());
    }

    /** Builds the topology; step latencies and rejections are measured in {@code meters}. */
    public static Topology build(EnrichConfig config, Topics topics, MeterRegistry meters) {
        return build(config, topics, meters, Optional.empty());
    }

    /**
     * Builds the topology over the raw records before {@code end} (all when empty): a reprocessing of part of the
     * raw topic's history; later records are skipped and counted ({@link TimeCutoff}).
     */
    public static Topology build(EnrichConfig config, Topics topics, MeterRegistry meters, Optional<Instant> end) {
        BackgroundSteps steps = BackgroundSteps.of(config);
        Timer extraction = stepTimer(meters, "extract");
        Timer enrichment = stepTimer(meters, "enrich");
        Topic<String, Article> articles = topics.enrichedArticles();
        StreamsBuilder builder = new StreamsBuilder();

        Map<String, KStream<String, RawArticle>> raw = pagesAndRemovals(builder, topics, end, meters);
        KStream<String, Article> removals = raw.get("split-raw-removed")
                .mapValues(removed -> (Article) null, Named.as("removed-article"));

        KStream<String, StepResult<Article>> results = raw.get("split-raw-page")
                .mapValues(page -> steps.get().clean(page), Named.as("clean-page"))
                .mapValues(
                        page -> page.then(p -> extraction.record(() -> steps.get().extract(p))),
                        Named.as("extract-article"))
                .mapValues(
                        page -> page.map(p -> enrichment.record(() -> steps.get().enrich(p))),
                        Named.as("enrich-article"));

        Map<String, KStream<String, StepResult<Article>>> routed = results.split(Named.as("route-"))
                .branch((id, result) -> result.isOk(), Branched.as("ok"))
                .defaultBranch(Branched.as("rejected"));

        KStream<String, Article> clean = routed.get("route-ok")
                .mapValues(StepResult::value, Named.as("unwrap-article"))
                .merge(removals, Named.as("merge-removals"));
        clusterStories(builder, clean, config, articles).to(articles.name(), StreamsTopics.produced(articles));

        routed.get("route-rejected")
                .processValues(RejectionRecorder.<Article>supplier(STAGE, meters), Named.as("dead-letter"))
                .to(topics.deadLetters().name(), StreamsTopics.produced(topics.deadLetters()));
        return builder.build();
    }

    /**
     * Sets each article's story: by band over the partitions ({@code enrich.story.by.band}), else in one task behind a
     * single-partition repartition topic (keys kept), whose {@link StoryClusterer} store holds every fingerprint.
     */
    private static KStream<String, Article> clusterStories(StreamsBuilder builder, KStream<String, Article> clean,
            EnrichConfig config, Topic<String, Article> articles) {
        if (config.storyByBand()) {
            StoryRules rules = new StoryRules(config.storyMaxDistance(), config.storyWindow());
            return StoryClustering.place(builder, clean, rules, StoryClustering.loopTopic(config.applicationId()),
                    articles.valueSerde());
        }
        return clean.repartition(Repartitioned.with(articles.keySerde(), articles.valueSerde())
                        .withName("story-clustering").withNumberOfPartitions(1))
                .processValues(StoryClusterer.supplier(config.storyMaxDistance(), config.storyWindow()),
                        Named.as("cluster-stories"));
    }

    /**
     * Splits the raw topic into pages ({@code split-raw-page}) and removals, tombstones ({@code split-raw-removed}).
     */
    private static Map<String, KStream<String, RawArticle>> pagesAndRemovals(StreamsBuilder builder, Topics topics,
            Optional<Instant> end, MeterRegistry meters) {
        KStream<String, RawArticle> raw =
                builder.stream(topics.rawArticles().name(), StreamsTopics.consumed(topics.rawArticles()));
        if (end.isPresent()) {
            raw = raw.processValues(TimeCutoff.<RawArticle>supplier(end.get(), meters), Named.as("skip-after-cutoff"));
        }
        return raw.split(Named.as("split-raw-"))
                .branch((id, page) -> page == null, Branched.as("removed"))
                .defaultBranch(Branched.as("page"));
    }

    private static Timer stepTimer(MeterRegistry meters, String step) {
        return Timer.builder(STEP_TIMER).description("Time per article of an enrich step")
                .tag("step", step).publishPercentileHistogram().register(meters);
    }
}
