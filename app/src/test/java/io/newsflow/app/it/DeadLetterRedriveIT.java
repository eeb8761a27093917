package io.newsflow.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.cli.NewsflowCommand;
import io.newsflow.app.dlq.RedriveMarker;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow dlq list | show | redrive} on a real broker: enrich dead-letters pages too short to be articles and an
 * undecodable record; the runbook lists them, shows one, and re-drives those to the raw topic from their
 * original bytes, exactly once however often it runs.
 */
@ExtendWith(KafkaBroker.class)
class DeadLetterRedriveIT {

    private static final byte[] GARBAGE = "not a RawArticle".getBytes(StandardCharsets.UTF_8);

    @Test
    void listsShowsAndRedrivesDeadLettersOnce(BrokerAddress broker, @TempDir Path dir) throws Exception {
        String prefix = broker.uniquePrefix("dlq");
        Map<String, String> settings = Map.of("topics.prefix", prefix, "topics.partitions", "2",
                "enrich.application.id", prefix + "-enrich", "enrich.state.dir", dir.resolve("enrich").toString(),
                "enrich.languages", "en,de", "pipeline.idle.after", "1s");
        Path config = dir.resolve("newsflow.properties");
        Files.writeString(config, "topics.prefix=" + prefix + "\ntopics.partitions=2\n");
        Topics topics;
        try (Pipeline pipeline = new Pipeline(settings, broker.bootstrapServers(), EnumSet.of(StageName.ENRICH), false)) {
            topics = pipeline.topics();
            feed(broker, topics);
            pipeline.awaitIdle(Duration.ofMinutes(2));
        }
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        List<ConsumerRecord<String, DeadLetter>> dead = TopicReader.readAll(client, topics.deadLetters());
        assertThat(dead).extracting(record -> record.value().getReason())
                .containsExactlyInAnyOrder("NOT_AN_ARTICLE", "NOT_AN_ARTICLE", "NOT_AN_ARTICLE", "UNDECODABLE_RECORD");

        String list = cli(broker, config, "dlq", "list");
        System.out.print("[dlq] newsflow dlq list\n" + list);
        assertThat(list).containsPattern("enrich\\s+NOT_AN_ARTICLE\\s+3\\s+0").containsPattern("enrich\\s+UNDECODABLE_RECORD\\s+1\\s+0");

        ConsumerRecord<String, DeadLetter> undecodable = dead.stream()
                .filter(record -> record.value().getReason().equals("UNDECODABLE_RECORD")).findFirst().orElseThrow();
        String shown = cli(broker, config, "dlq", "show", undecodable.partition() + ":" + undecodable.offset());
        assertThat(shown).contains("\"reason\" : \"UNDECODABLE_RECORD\"", "__streams.errors.stacktrace",
                "\"sourceTopic\" : \"" + topics.rawArticles().name() + "\"");

        assertThat(cli(broker, config, "dlq", "redrive", "--reason", "NOT_AN_ARTICLE", "--stage", "publish"))
                .startsWith("re-drove 0 dead letter(s)");
        assertThat(cli(broker, config, "dlq", "redrive", "--reason", "NOT_AN_ARTICLE", "--dry-run"))
                .startsWith("would re-drive 3 dead letter(s)");
        assertThat(cli(broker, config, "dlq", "redrive", "--reason", "NOT_AN_ARTICLE"))
                .startsWith("re-drove 3 dead letter(s) {" + topics.rawArticles().name() + "=3}");
        assertThat(cli(broker, config, "dlq", "redrive", "--reason", "NOT_AN_ARTICLE"))
                .startsWith("re-drove 0 dead letter(s); skipped 3 already re-driven");
        assertThat(cli(broker, config, "dlq", "list")).containsPattern("enrich\\s+NOT_AN_ARTICLE\\s+3\\s+3");

        assertRedrivenOnceFromOriginalBytes(client, topics, dead);
    }

    private static void assertRedrivenOnceFromOriginalBytes(Map<String, Object> client, Topics topics,
            List<ConsumerRecord<String, DeadLetter>> dead) {
        Topic<String, byte[]> raw = new Topic<>(topics.rawArticles().name(), Serdes.String(), Serdes.ByteArray(), 1,
                (short) -1, Map.of());
        List<ConsumerRecord<String, byte[]>> redriven = TopicReader.readAll(client, raw).stream()
                .filter(record -> record.headers().lastHeader(RedriveMarker.HEADER_REDRIVEN_FROM) != null).toList();
        assertThat(redriven).hasSize(3);
        for (ConsumerRecord<String, byte[]> record : redriven) {
            String from = new String(record.headers().lastHeader(RedriveMarker.HEADER_REDRIVEN_FROM).value(),
                    StandardCharsets.UTF_8);
            DeadLetter letter = dead.stream().filter(d -> from.equals(topics.deadLetters().name() + ":"
                    + d.partition() + ":" + d.offset())).findFirst().orElseThrow().value();
            assertThat(letter.getReason()).isEqualTo("NOT_AN_ARTICLE");
            assertThat(record.key()).isEqualTo(letter.getArticleId());
            assertThat(record.value()).isEqualTo(bytes(letter.getOriginalValue()));
        }
    }

    private static void feed(BrokerAddress broker, Topics topics) throws Exception {
        Map<String, Object> settings = Map.of("bootstrap.servers", broker.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sends = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                RawArticle page = shortPage(i);
                sends.add(producer.send(new ProducerRecord<>(topics.rawArticles().name(), page.getId().getBytes(StandardCharsets.UTF_8),
                        topics.rawArticles().valueSerde().serializer().serialize(topics.rawArticles().name(), page))));
            }
            sends.add(producer.send(new ProducerRecord<>(topics.rawArticles().name(), "garbage".getBytes(StandardCharsets.UTF_8), GARBAGE)));
            for (java.util.concurrent.Future<?> send : sends) {
                send.get();
            }
        }
    }

    /** A page whose article text is one short paragraph: enrich rejects it as NOT_AN_ARTICLE (too little text for an article). */
    private static RawArticle shortPage(int i) {
        String url = "https://news.example.test/short-" + i + ".html";
        String html = "<html lang=en><head><title>Council meets on budget " + i + "</title>"
                + "<meta property='og:type' content='article'></head><body><article><h1>Council meets on budget " + i
                + "</h1><p>The council met on Tuesday to discuss the budget.</p></article></body></html>";
        return RawArticle.newBuilder().setId("short-" + i).setUrl(url).setFinalUrl(url)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setFetchedAt(Instant.parse("2026-12-01T10:00:00Z")).setHttpStatus(200).setContentType("text/html")
                .setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8))).build();
    }

    private static String cli(BrokerAddress broker, Path config, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", broker.bootstrapServers(), "--config", config.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NewsflowCommand.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(String.join(" ", all) + ": " + err).isZero();
        return out.toString();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
