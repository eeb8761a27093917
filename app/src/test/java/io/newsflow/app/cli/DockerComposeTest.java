package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docker-compose.yml cannot run here (no Docker engine); this checks that it parses and says what it should. */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

    @Test
    void runsKafkaOfTheClientsVersionTopicInitAndTheThreeStages() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
        JsonNode services = compose.path("services");
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("kafka", "topics-init", "ingest", "enrich", "publish");
        assertThat(services.path("kafka").path("image").asText()).isEqualTo(System.getProperty("newsflow.kafka.image", "apache/kafka:4.4.0"));
        assertThat(services.path("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
        for (String stage : List.of("ingest", "enrich", "publish")) {
            JsonNode command = services.path(stage).path("command");
            assertThat(command.get(0).asText()).isEqualTo("run");
            assertThat(command.toString()).contains("\"--stage\",\"" + stage.toUpperCase() + "\"");
            assertThat(services.path(stage).path("healthcheck").isMissingNode()).as(stage).isFalse();
        }
        assertThat(services.path("kafka").path("healthcheck").path("test").isMissingNode()).isFalse();
        assertThat(services.path("topics-init").path("command").get(0).asText()).isEqualTo("topics");
    }
}
