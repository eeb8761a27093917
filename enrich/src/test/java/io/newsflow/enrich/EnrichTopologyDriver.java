package io.newsflow.enrich;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The whole enrich topology under {@link TopologyTestDriver}, configured as {@link EnrichApp} configures it: raw
 * pages in, enriched articles and dead letters out.
 */
final class EnrichTopologyDriver implements AutoCloseable {

    final TopologyTestDriver driver;
    final TestInputTopic<String, RawArticle> raw;
    final TestOutputTopic<String, Article> enriched;
    final TestOutputTopic<String, DeadLetter> dead;

    EnrichTopologyDriver(EnrichConfig config, Topics topics, Path stateDir) {
        this(config, topics, stateDir, Optional.empty());
    }

    EnrichTopologyDriver(EnrichConfig config, Topics topics, Path stateDir, Optional<Instant> end) {
        Properties props = EnrichApp.properties(config, topics, Map.of("bootstrap.servers", "unused:9092"));
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(EnrichTopology.build(config, topics, new SimpleMeterRegistry(), end), props);
        raw = driver.createInputTopic(topics.rawArticles().name(), Serdes.String().serializer(),
                topics.rawArticles().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.enrichedArticles().name(), Serdes.String().deserializer(),
                topics.enrichedArticles().valueSerde().deserializer());
        dead = driver.createOutputTopic(topics.deadLetters().name(), Serdes.String().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    @Override
    public void close() {
        driver.close();
    }
}
