package io.newsflow.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison records of every kind go to the dead-letter topic with a reason, and enrich and publish keep going: the
 * good pages sent after the poison are all published.
 */
@ExtendWith(KafkaBroker.class)
class PoisonRecordsIT {

    private static final String SEED = "/io/newsflow/app/sample-site/articles/local/lakeside-library-reopens-after-renovation.html";
    private static final byte[] NOT_AVRO = "{\"id\": \"json, not Avro\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheStagesKeepGoing(BrokerAddress broker, @TempDir Path dir) throws Exception {
        String prefix = broker.uniquePrefix("poison");
        Map<String, String> settings = Map.of("topics.prefix", prefix, "topics.partitions", "1",
                "enrich.application.id", prefix + "-enrich", "publish.application.id", prefix + "-publish",
                "enrich.state.dir", dir.resolve("enrich").toString(), "publish.state.dir", dir.resolve("publish").toString(),
                "enrich.languages", "en,de", "pipeline.idle.after", "2s");
        try (Pipeline pipeline = new Pipeline(settings, broker.bootstrapServers(), EnumSet.of(StageName.ENRICH, StageName.PUBLISH), false)) {
            Topics topics = pipeline.topics();
            Map<String, byte[]> poison = poison(topics);
            send(broker, topics, poison);
            Map<String, byte[]> good = new HashMap<>();
            for (int i = 0; i < 3; i++) {
                good.put("good-" + i, encode(topics, page("good-" + i, seedPage())));
            }
            send(broker, topics, good);
            pipeline.awaitIdle(Duration.ofMinutes(3));
            pipeline.failIfDead();

            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            Map<String, DeadLetter> dead = TopicReader.readAll(client, topics.deadLetters()).stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
            List<String> published = TopicReader.readAll(client, topics.articles()).stream().map(ConsumerRecord::key).toList();
            System.out.printf("[poison] dead letters: %s%n", dead.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().getStage() + "/" + e.getValue().getReason()).sorted().toList());
            assertThat(dead.get("not-avro").getReason()).isEqualTo("UNDECODABLE_RECORD");
            assertThat(dead.get("unknown-fingerprint").getReason()).isEqualTo("UNDECODABLE_RECORD");
            assertThat(dead.get("unknown-fingerprint").getExceptionMessage()).containsIgnoringCase("fingerprint");
            assertThat(dead.get("oversize").getReason()).isEqualTo("TOO_LARGE");
            assertThat(dead.get("oversize").getSourceOffset()).isNotNull();
            for (DeadLetter letter : dead.values()) {
                assertThat(letter.getSourceTopic()).isEqualTo(topics.rawArticles().name());
            }
            assertThat(published).containsExactlyInAnyOrderElementsOf(good.keySet());
        }
    }

    private static Map<String, byte[]> poison(Topics topics) throws IOException {
        Map<String, byte[]> poison = new HashMap<>();
        poison.put("not-avro", NOT_AVRO);
        byte[] valid = encode(topics, page("unknown-fingerprint", seedPage()));
        // single-object encoding: C3 01, then the 8-byte writer-schema fingerprint; flip it to one nobody knows
        for (int i = 2; i < 10; i++) {
            valid[i] = (byte) ~valid[i];
        }
        poison.put("unknown-fingerprint", valid);
        // 12 MiB of article text: it compresses below the topic's 8 MiB limit, but the article enrich makes of it
        // is larger than any record the output topics accept
        String paragraph = "<p>" + "The council voted on the budget again on Tuesday evening. ".repeat(20) + "</p>\n";
        String huge = seedPage().replace("</body>", paragraph.repeat(12 * 1024 * 1024 / paragraph.length()) + "</body>");
        assertThat(huge.length()).isGreaterThan(12_000_000);
        poison.put("oversize", encode(topics, page("oversize", huge)));
        return poison;
    }

    private static void send(BrokerAddress broker, Topics topics, Map<String, byte[]> records) throws Exception {
        Map<String, Object> settings = Map.of("bootstrap.servers", broker.bootstrapServers(), "compression.type", "zstd",
                "max.request.size", 64 * 1024 * 1024, "buffer.memory", 128 * 1024 * 1024);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<Future<?>> sends = new ArrayList<>();
            records.forEach((key, value) -> sends.add(producer.send(new ProducerRecord<>(topics.rawArticles().name(),
                    key.getBytes(StandardCharsets.UTF_8), value))));
            for (Future<?> send : sends) {
                send.get();
            }
        }
    }

    private static byte[] encode(Topics topics, RawArticle page) {
        return topics.rawArticles().valueSerde().serializer().serialize(topics.rawArticles().name(), page);
    }

    private static RawArticle page(String id, String html) {
        String url = "https://news.example.test/" + id + ".html";
        return RawArticle.newBuilder().setId(id).setUrl(url).setFinalUrl(url)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setFetchedAt(Instant.parse("2026-12-01T10:00:00Z")).setHttpStatus(200).setContentType("text/html")
                .setCharset("utf-8").setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8))).build();
    }

    private static String seedPage() throws IOException {
        try (InputStream in = PoisonRecordsIT.class.getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
