package io.newsflow.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.StageName;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.ArticleKind;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.serde.ReleasedSchemas;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema evolution end to end on a real broker, between the released Article v1 and the current schema: a producer
 * still on v1 writes to the enriched topic and publish (current schema) reads and republishes it; a consumer still on
 * v1 reads what publish writes with the current schema, by resolving the writer schema named in each record.
 */
@ExtendWith(KafkaBroker.class)
class SchemaEvolutionIT {

    private static final Schema V1 = ReleasedSchemas.of("Article").get(0).schema();

    @Test
    void previousAndCurrentArticleSchemasReadEachOthersRecords(BrokerAddress broker, @TempDir Path dir) throws IOException {
        assertThat(V1.getField("kind")).as("v1 predates kind").isNull();
        String prefix = broker.uniquePrefix("evolution");
        Map<String, String> settings = new HashMap<>(Map.of("topics.prefix", prefix, "topics.partitions", "2",
                "publish.application.id", prefix + "-publish", "publish.state.dir", dir.resolve("publish").toString(),
                "pipeline.idle.after", "2s"));
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        try (Pipeline pipeline = new Pipeline(settings, broker.bootstrapServers(), Set.of(StageName.PUBLISH), false)) {
            Topics topics = pipeline.topics();
            produce(broker, topics.enrichedArticles().name(), "old-1", new BinaryMessageEncoder<GenericRecord>(
                    GenericData.get(), V1).encode(v1Article("old-1")));
            produce(broker, topics.enrichedArticles().name(), "new-1",
                    topics.enrichedArticles().valueSerde().serializer().serialize("t", currentArticle("new-1")));
            pipeline.awaitIdle(Duration.ofMinutes(2));

            Map<String, Article> current = new HashMap<>();
            TopicReader.readAll(client, topics.articles()).forEach(r -> current.put(r.key(), r.value()));
            assertThat(current.get("old-1").getTitle()).isEqualTo("Written with v1");
            assertThat(current.get("old-1").getKind()).as("v1 records read with the default kind").isEqualTo(ArticleKind.ARTICLE);

            Map<String, GenericRecord> old = readWithV1(client, topics);
            assertThat(old.get("new-1").get("title").toString()).isEqualTo("Written with the current schema");
            assertThat(old.get("new-1").hasField("kind")).isFalse();
            assertThat(old.get("old-1").get("title").toString()).isEqualTo("Written with v1");
        }
    }

    /** A consumer that knows only v1 and, like AvroSerde, every writer schema released since. */
    private static Map<String, GenericRecord> readWithV1(Map<String, Object> client, Topics topics) throws IOException {
        BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), V1);
        ReleasedSchemas.of("Article").forEach(version -> decoder.addSchema(version.schema()));
        Map<String, GenericRecord> records = new HashMap<>();
        List<ConsumerRecord<String, byte[]>> raw = TopicReader.readAll(client, topics.routed(topics.articles().name()));
        for (ConsumerRecord<String, byte[]> record : raw) {
            records.put(record.key(), decoder.decode(ByteBuffer.wrap(record.value())));
        }
        return records;
    }

    private static void produce(BrokerAddress broker, String topic, String key, ByteBuffer value) {
        byte[] bytes = new byte[value.remaining()];
        value.get(bytes);
        produce(broker, topic, key, bytes);
    }

    private static void produce(BrokerAddress broker, String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                broker.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
            producer.flush();
        }
    }

    private static GenericRecord v1Article(String id) {
        Schema discovery = V1.getField("discovery").schema();
        GenericRecord found = new GenericRecordBuilder(discovery)
                .set("method", new GenericData.EnumSymbol(discovery.getField("method").schema(), "FEED")).build();
        return new GenericRecordBuilder(V1)
                .set("id", id).set("url", "https://example.org/" + id).set("finalUrl", "https://example.org/" + id)
                .set("title", "Written with v1").set("body", "Body.").set("wordCount", 1)
                .set("fetchedAt", Instant.parse("2026-01-05T10:00:00Z").toEpochMilli())
                .set("discovery", found).set("extractorVersion", "v1-producer")
                .build();
    }

    private static Article currentArticle(String id) {
        return Article.newBuilder()
                .setId(id).setUrl("https://example.org/" + id).setFinalUrl("https://example.org/" + id)
                .setTitle("Written with the current schema").setBody("Body.").setWordCount(1)
                .setFetchedAt(Instant.parse("2026-01-05T10:00:00Z")).setKind(ArticleKind.LIVE_BLOG)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setExtractorVersion("current")
                .build();
    }
}
