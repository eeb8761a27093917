package io.newsflow.schemas;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchState;
import io.newsflow.schemas.avro.FrontierEntry;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.ReplayProgress;
import io.newsflow.schemas.avro.Story;
import io.newsflow.schemas.serde.AvroSerde;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline, with its serdes and configs: the one place topic names are defined.
 *
 * <p>Names are {@code <prefix>.<name>.v<major>}; the prefix is {@value #DEFAULT_PREFIX} unless an operator (or a
 * test isolating itself) sets another. Every topic is keyed by the article id, so a re-fetch or a replay of an article
 * is an update of the same key, on the same partition. The derived topics are keyed by what they describe: mentions by
 * entity, stories by cluster id.
 *
 * @param rawArticles fetched pages, written by ingest
 * @param enrichedArticles extracted and enriched articles, written by enrich
 * @param articles the public topic downstream services consume, written by publish; compacted to the latest version
 *     of each article
 * @param deadLetters everything a stage could not process, with the reason and the original bytes
 * @param fetchStates ingest's seen-set: the last fetch of each normalised URL, compacted; shared by every ingest
 *     instance and restored at start
 * @param mentions one record per (entity, article), keyed by {@code <entity type>:<normalised name>}, written by
 *     publish
 * @param stories the story so far of each cluster, keyed by cluster id, compacted, written by publish
 * @param replayProgress how far {@code newsflow replay} got in each archive file, compacted, written in the same
 *     transaction as the replayed records
 * @param frontier ingest's internal work queue: candidate article URLs keyed by host ({@code scheme://host:port}),
 *     consumed by the ingest instances as one consumer group, so that each host is fetched by one instance at a time
 */
public record Topics(
        Topic<String, RawArticle> rawArticles,
        Topic<String, Article> enrichedArticles,
        Topic<String, Article> articles,
        Topic<String, DeadLetter> deadLetters,
        Topic<String, FetchState> fetchStates,
        Topic<String, Mention> mentions,
        Topic<String, Story> stories,
        Topic<String, ReplayProgress> replayProgress,
        Topic<String, FrontierEntry> frontier) {

    /** The prefix of every topic name unless configured otherwise. */
    public static final String DEFAULT_PREFIX = "newsflow";
    /** Partitions each topic is created with unless configured otherwise. */
    public static final int DEFAULT_PARTITIONS = 6;
    /** Largest record the topics accept: pages up to the ingest size cap plus the record envelope. */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    /** An output version other than the first: v2..v9, v10, ... */
    private static final Pattern OUTPUT_VERSION = Pattern.compile("v([2-9]|[1-9][0-9]+)");
    private static final Pattern MAJOR_SUFFIX = Pattern.compile("\\.v[0-9]+$");

    private static final String WEEK_MS = String.valueOf(7L * 24 * 3600 * 1000);
    private static final String MONTH_MS = String.valueOf(30L * 24 * 3600 * 1000);

    /** The topics under their default names, partitions and the broker's default replication. */
    public static final Topics DEFAULT = of(DEFAULT_PREFIX, DEFAULT_PARTITIONS, (short) -1);

    /**
     * The topics under {@code prefix}.
     *
     * @param prefix first part of every topic name
     * @param partitions partitions for every topic
     * @param replicationFactor replication factor, -1 for the broker default
     */
    public static Topics of(String prefix, int partitions, short replicationFactor) {
        AvroSerde<Article> articleSerde = AvroSerde.forType(Article.class);
        String maxBytes = String.valueOf(MAX_MESSAGE_BYTES);
        return new Topics(
                new Topic<>(prefix + ".raw.v1", Serdes.String(), AvroSerde.forType(RawArticle.class), partitions,
                        replicationFactor, Map.of("cleanup.policy", "delete", "retention.ms", WEEK_MS,
                                "max.message.bytes", maxBytes)),
                new Topic<>(prefix + ".enriched.v1", Serdes.String(), articleSerde, partitions, replicationFactor,
                        Map.of("cleanup.policy", "delete", "retention.ms", WEEK_MS, "max.message.bytes", maxBytes)),
                new Topic<>(prefix + ".articles.v1", Serdes.String(), articleSerde, partitions, replicationFactor,
                        Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "3600000",
                                "max.message.bytes", maxBytes)),
                new Topic<>(prefix + ".dlq.v1", Serdes.String(), AvroSerde.forType(DeadLetter.class), partitions,
                        replicationFactor, Map.of("cleanup.policy", "delete", "retention.ms", MONTH_MS,
                                "max.message.bytes", maxBytes)),
                new Topic<>(prefix + ".fetch-state.v1", Serdes.String(), AvroSerde.forType(FetchState.class),
                        partitions, replicationFactor, Map.of("cleanup.policy", "compact")),
                new Topic<>(prefix + ".mentions.v1", Serdes.String(), AvroSerde.forType(Mention.class), partitions,
                        replicationFactor, Map.of("cleanup.policy", "delete", "retention.ms", MONTH_MS)),
                new Topic<>(prefix + ".stories.v1", Serdes.String(), AvroSerde.forType(Story.class), partitions,
                        replicationFactor, Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "3600000",
                                "max.message.bytes", maxBytes)),
                // one partition: a replay reads the whole topic at start, and there is one entry per archive file
                new Topic<>(prefix + ".replay-progress.v1", Serdes.String(), AvroSerde.forType(ReplayProgress.class),
                        1, replicationFactor, Map.of("cleanup.policy", "compact")),
                // keyed by host: the partition count bounds how many ingest instances share the fetching
                new Topic<>(prefix + ".frontier.v1", Serdes.String(), AvroSerde.forType(FrontierEntry.class),
                        partitions, replicationFactor, Map.of("cleanup.policy", "delete", "retention.ms", WEEK_MS)));
    }

    /**
     * A routed copy of the articles topic, named by a publish route: created on demand with the articles topic's
     * partitions and configs (compacted, so a correction replaces the old version and a tombstone removes it). Values
     * are Avro {@code Article}s or their JSON form, as the route says; hence raw bytes here.
     *
     * @param name the topic name the route resolved
     */
    public Topic<String, byte[]> routed(String name) {
        return new Topic<>(name, Serdes.String(), Serdes.ByteArray(), articles.partitions(),
                articles.replicationFactor(), articles.configs());
    }

    /**
     * The same topics with the outputs of enrich and publish under another major version: {@code enriched},
     * {@code articles}, {@code mentions} and {@code stories} end in {@code .<version>} instead of {@code .v1}, so a
     * reprocessing of the raw topic can write beside the live pipeline. The inputs and ingest's own topics (raw,
     * fetch-state, replay-progress, frontier) stay as they are, and so does the dead-letter topic: every dead letter
     * names its stage and source topic, and one topic keeps one place to watch.
     *
     * @param version {@code v2}, {@code v3}, ...: {@code v} and a whole number of at least 2
     * @throws IllegalArgumentException when {@code version} is not of that form
     */
    public Topics withOutputVersion(String version) {
        if (!OUTPUT_VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException(
                    "output version must be v2, v3, ... (v and a number of at least 2), got '" + version + "'");
        }
        return new Topics(rawArticles, versioned(enrichedArticles, version), versioned(articles, version), deadLetters,
                fetchStates, versioned(mentions, version), versioned(stories, version), replayProgress, frontier);
    }

    private static <V> Topic<String, V> versioned(Topic<String, V> topic, String version) {
        String base = MAJOR_SUFFIX.matcher(topic.name()).replaceFirst("");
        return new Topic<>(base + "." + version, topic.keySerde(), topic.valueSerde(), topic.partitions(),
                topic.replicationFactor(), topic.configs());
    }

    /** Every topic, in pipeline order. */
    public List<Topic<String, ?>> all() {
        return List.of(rawArticles, enrichedArticles, articles, deadLetters, fetchStates, mentions, stories,
                replayProgress, frontier);
    }

    /** The topic named {@code name}, for tools that take a topic name from the user. */
    public Topic<String, ?> byName(String name) {
        return all().stream()
                .filter(topic -> topic.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown topic '" + name + "'; known: "
                        + all().stream().map(Topic::name).toList()));
    }
}
