package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.runtime.json.RecordJson;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow extract --enrich} prints what the enrich topology writes. */
class ExtractEnrichTest {

    private static final String SEED = "/io/newsflow/app/sample-site/" + DemoCommand.SHOWN_ARTICLE;
    private static final String URL =
            "https://www.nachrichten-beispiel.de/politik/russland-nordkorea-schoigu-besuch-kim-militaer-92420417.html";

    @TempDir
    Path dir;

    @Test
    void printsTheSameArticleAsTheTopologyExceptTheFetchTime() throws IOException {
        Path page = copySeed();
        ObjectNode printed = (ObjectNode) extract("extract", page.toString(), "--url", URL, "--enrich");
        ObjectNode produced = RecordJson.of(throughTopology(PageFile.read(page, URL, Instant.now(), 5L << 20).page().raw()));

        assertThat(printed.path("quotes").size()).isEqualTo(2);
        assertThat(printed.path("clusterId").asText()).isEqualTo(printed.path("id").asText());
        assertThat(printed.path("urlSource").asText()).isEqualTo("argument");
        printed.remove("fetchedAt");
        produced.remove("fetchedAt");
        // what the command adds about the file: where its URL came from, and the local time until the record has it
        printed.remove("urlSource");
        if (!produced.has("publishedLocal")) {
            printed.remove("publishedLocal");
        }
        assertThat(printed).isEqualTo(produced);
    }

    @Test
    void printsOnlyTheExtractionWithoutEnrich() throws IOException {
        JsonNode printed = extract("extract", copySeed().toString(), "--url", URL);

        assertThat(printed.path("title").asText()).startsWith("Russlands Bollwerk mit Nordkorea?");
        assertThat(printed.has("language")).isTrue();
        for (String field : ExtractCommand.ENRICHMENT_FIELDS) {
            assertThat(printed.has(field)).as(field).isFalse();
        }
    }

    private Article throughTopology(RawArticle raw) {
        EnrichConfig config = EnrichConfig.load(Map.of());
        Topics topics = Topics.DEFAULT;
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config, topics), props)) {
            TestInputTopic<String, RawArticle> in = driver.createInputTopic(topics.rawArticles().name(),
                    Serdes.String().serializer(), topics.rawArticles().valueSerde().serializer());
            TestOutputTopic<String, Article> out = driver.createOutputTopic(topics.enrichedArticles().name(),
                    Serdes.String().deserializer(), topics.enrichedArticles().valueSerde().deserializer());
            in.pipeInput(raw.getId(), raw);
            return out.readValue();
        }
    }

    private JsonNode extract(String... args) throws IOException {
        StringWriter out = new StringWriter();
        int code = NewsflowCommand.execute(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private Path copySeed() throws IOException {
        Path page = dir.resolve("seed.html");
        try (InputStream seed = getClass().getResourceAsStream(SEED)) {
            Files.copy(seed, page);
        }
        return page;
    }
}
