package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutingTopologyTest {

    private final Topics topics = Topics.DEFAULT;
    private TopologyTestDriver driver;

    @BeforeEach
    void start() {
        PublishConfig config = PublishConfig.load(Map.of());
        Properties props = PublishApp.properties(config, topics, Map.of("bootstrap.servers", "unused:9092"));
        driver = new TopologyTestDriver(RoutingTopology.build(topics), props);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void publishesEnrichedArticlesUnderTheirId() {
        TestInputTopic<String, Article> in = driver.createInputTopic(topics.enrichedArticles().name(),
                Serdes.String().serializer(), topics.enrichedArticles().valueSerde().serializer());
        TestOutputTopic<String, Article> out = driver.createOutputTopic(topics.articles().name(),
                Serdes.String().deserializer(), topics.articles().valueSerde().deserializer());

        in.pipeInput("id-1", article("id-1"));

        TestRecord<String, Article> published = out.readRecord();
        assertThat(published.key()).isEqualTo("id-1");
        assertThat(published.value()).isEqualTo(article("id-1"));
        assertThat(out.isEmpty()).isTrue();
    }

    @Test
    void skipsPastRecordsItCannotDecode() {
        // TopologyTestDriver does not capture the dead-letter records that handlers return (it has no record
        // collector for them); DeadLetterExceptionHandlerTest checks the records, PipelineIT their arrival on a broker.
        TestInputTopic<String, byte[]> in = driver.createInputTopic(topics.enrichedArticles().name(),
                Serdes.String().serializer(), Serdes.ByteArray().serializer());
        TestOutputTopic<String, Article> out = driver.createOutputTopic(topics.articles().name(),
                Serdes.String().deserializer(), topics.articles().valueSerde().deserializer());

        in.pipeInput("id-2", "not avro".getBytes(StandardCharsets.UTF_8));
        in.pipeInput("id-3", topics.enrichedArticles().valueSerde().serializer().serialize("t", article("id-3")));

        assertThat(out.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("id-3");
    }

    static Article article(String id) {
        return Article.newBuilder()
                .setId(id).setUrl("https://example.org/a").setFinalUrl("https://example.org/a")
                .setTitle("Title").setBody("Body text.").setWordCount(2).setFetchedAt(Instant.ofEpochMilli(1000))
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.FEED).build())
                .setExtractorVersion("test")
                .build();
    }
}
