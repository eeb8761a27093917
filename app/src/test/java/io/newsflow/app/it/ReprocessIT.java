package io.newsflow.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.cli.NewsflowCommand;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicCreator;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.sample.SampleArticle;
import io.newsflow.app.sample.SampleSite;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow reprocess} on a real broker: raw pages with timestamps over six days are reprocessed from a time in
 * the middle into the v2 topics, each article once with the current extractor version; the v1 topics get nothing; a
 * rerun resumes and adds nothing; {@code --to} leaves out the later pages.
 */
@ExtendWith(KafkaBroker.class)
class ReprocessIT {

    private static final int PAGES = 30;
    private static final Duration SPACING = Duration.ofHours(5);
    private static final int FROM_INDEX = 15;
    private static final int TO_INDEX = 24;

    @Test
    void reprocessesTheHistoryFromATimeIntoVersionedTopicsOnce(BrokerAddress broker, @TempDir Path dir)
            throws Exception {
        History history = History.written(broker, dir, "reprocess");
        Path config = history.config();
        Topics topics = history.topics();
        Map<String, Object> client = history.client();
        Instant first = history.first();
        List<String> ids = history.ids();
        String from = first.plus(SPACING.multipliedBy(FROM_INDEX)).toString();

        String output = cli(broker, config, "reprocess", "--from", from, "--output-version", "v2");
        System.out.print("[reprocess] first run\n" + output);

        Topics v2 = topics.withOutputVersion("v2");
        Map<String, Article> articles = byKey(TopicReader.readAll(client, v2.articles()));
        assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(ids.subList(FROM_INDEX, PAGES));
        assertThat(articles.values()).extracting(Article::getExtractorVersion).containsOnly(ArticleExtractor.VERSION);
        assertThat(TopicReader.count(client, v2.enrichedArticles().name())).isEqualTo(PAGES - FROM_INDEX);
        assertThat(TopicReader.count(client, v2.stories().name())).isPositive();
        assertThat(TopicReader.count(client, topics.articles().name())).as("v1 articles").isZero();
        assertThat(TopicReader.count(client, topics.enrichedArticles().name())).as("v1 enriched").isZero();
        assertThat(TopicReader.count(client, topics.mentions().name())).as("v1 mentions").isZero();
        assertThat(TopicReader.count(client, topics.stories().name())).as("v1 stories").isZero();
        assertThat(output).contains("reprocess started at --from: " + (PAGES - FROM_INDEX) + " raw records read, 0"
                + " skipped (--to), " + (PAGES - FROM_INDEX) + " articles published");

        String again = cli(broker, config, "reprocess", "--from", from, "--output-version", "v2");
        System.out.print("[reprocess] second run\n" + again);
        assertThat(again).contains("reprocess resumed: 0 raw records read, 0 skipped (--to), 0 articles published");
        assertThat(TopicReader.count(client, v2.articles().name())).isEqualTo(PAGES - FROM_INDEX);
        assertThat(TopicReader.count(client, v2.enrichedArticles().name())).isEqualTo(PAGES - FROM_INDEX);
    }

    @Test
    void leavesOutRawRecordsFromTheEndTimeOn(BrokerAddress broker, @TempDir Path dir) throws Exception {
        History history = History.written(broker, dir, "reprocess-to");
        Path config = history.config();
        Topics topics = history.topics();
        Map<String, Object> client = history.client();
        Instant first = history.first();
        List<String> ids = history.ids();

        String output = cli(broker, config, "reprocess", "--from", first.plus(SPACING.multipliedBy(FROM_INDEX))
                .toString(), "--to", first.plus(SPACING.multipliedBy(TO_INDEX)).toString(), "--output-version", "v3");
        System.out.print("[reprocess --to]\n" + output);

        Map<String, Article> articles = byKey(TopicReader.readAll(client, topics.withOutputVersion("v3").articles()));
        assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(ids.subList(FROM_INDEX, TO_INDEX));
        assertThat(output).contains("reprocess started at --from: " + (PAGES - FROM_INDEX) + " raw records read, "
                + (PAGES - TO_INDEX) + " skipped (--to), " + (TO_INDEX - FROM_INDEX) + " articles published");
        assertThat(TopicReader.count(client, topics.articles().name())).as("v1 articles").isZero();
    }

    /** A raw topic holding {@link #PAGES} pages, 5 h apart, and the pipeline config of its prefix. */
    private record History(Path config, Topics topics, Map<String, Object> client, Instant first, List<String> ids) {

        static History written(BrokerAddress broker, Path dir, String name) throws Exception {
            String prefix = broker.uniquePrefix(name);
            Topics topics = Topics.of(prefix, 3, (short) -1);
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            // within the raw topic's retention (a week), so that the broker keeps every page
            Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(160));
            return new History(ReprocessIT.config(dir, prefix), topics, client, first, produceRaw(client, topics, first));
        }
    }

    /** The sample pages, under several hosts, one every {@link #SPACING} from {@code first}; their ids in order. */
    private static List<String> produceRaw(Map<String, Object> client, Topics topics, Instant first)
            throws Exception {
        try (Admin admin = Admin.create(client)) {
            TopicCreator.createMissing(admin, topics);
        }
        List<SampleArticle> samples = SampleSite.articles();
        List<String> ids = new ArrayList<>();
        Properties props = new Properties();
        props.putAll(client);
        props.put("max.request.size", Topics.MAX_MESSAGE_BYTES);
        Topic<String, RawArticle> raw = topics.rawArticles();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(props, raw.keySerde().serializer(),
                raw.valueSerde().serializer())) {
            for (int i = 0; i < PAGES; i++) {
                SampleArticle sample = samples.get(i % samples.size());
                String url = sample.url("https://news-" + i / samples.size() + ".example");
                Instant time = first.plus(SPACING.multipliedBy(i));
                ids.add(ArticleId.of(url));
                producer.send(new ProducerRecord<>(raw.name(), null, time.toEpochMilli(), ArticleId.of(url),
                        page(url, time, sample.html()))).get();
            }
        }
        return ids;
    }

    private static RawArticle page(String url, Instant fetchedAt, byte[] html) {
        return RawArticle.newBuilder().setId(ArticleId.of(url)).setUrl(url).setFinalUrl(url)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setFetchedAt(fetchedAt).setHttpStatus(200).setContentType("text/html").setCharset("utf-8")
                .setBody(ByteBuffer.wrap(html)).build();
    }

    private static Path config(Path dir, String prefix) throws Exception {
        Map<String, String> settings = new HashMap<>(ItSettings.pipeline(prefix, dir));
        Path config = dir.resolve(prefix + ".properties");
        Files.writeString(config, settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")));
        return config;
    }

    private static String cli(BrokerAddress broker, Path config, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", broker.bootstrapServers(), "--config", config.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NewsflowCommand.execute(all.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as("exit code; stderr: " + err + "; stdout: " + out).isZero();
        return out.toString();
    }

    private static <V> Map<String, V> byKey(List<ConsumerRecord<String, V>> records) {
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> {
            throw new AssertionError("a key twice: " + a + " / " + b);
        }));
    }
}
