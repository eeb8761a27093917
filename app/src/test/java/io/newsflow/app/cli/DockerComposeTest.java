package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and the Dockerfile cannot run here (no Docker engine); this checks that they parse and say what
 * they should.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");
    private static final Path DOCKERFILE = Path.of("..", "Dockerfile");

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
            assertThat(command.toString()).contains("\"--stage\",\"" + stage + "\"");
        }
        // the Streams stages restart as the same static members, with their state kept
        for (String stage : List.of("enrich", "publish")) {
            assertThat(services.path(stage).path("environment").path("NEWSFLOW_PIPELINE_INSTANCE_ID").asText())
                    .isEqualTo(stage + "-1");
            assertThat(services.path(stage).path("command").toString()).contains("--data-dir");
        }
        // the stages share one anchor: a health check on /health/ready, and time to stop cleanly on SIGTERM
        JsonNode stage = compose.path("x-newsflow");
        assertThat(stage.path("healthcheck").path("test").toString()).contains("/health/ready").contains("8080");
        assertThat(java.time.Duration.parse("PT" + stage.path("stop_grace_period").asText().toUpperCase()))
                .isGreaterThan(ServiceRun.SHUTDOWN_BOUND);
        assertThat(stage.path("build").asText()).isEqualTo(".");
        assertThat(services.path("kafka").path("healthcheck").path("test").isMissingNode()).isFalse();
        assertThat(services.path("topics-init").path("command").get(0).asText()).isEqualTo("topics");
    }

    @Test
    void imageBuildsTheJarItselfAndRunsAsAnUnprivilegedUserWithCurlForHealthChecks() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        List<String> stages = lines.stream().filter(line -> line.startsWith("FROM ")).toList();

        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).startsWith("FROM maven:3.9-eclipse-temurin-17 AS build");
        assertThat(stages.get(1)).startsWith("FROM eclipse-temurin:17-jre");
        assertThat(lines).anyMatch(line -> line.contains("mvn ") && line.contains("package"));
        assertThat(lines).anyMatch(line -> line.startsWith("COPY --from=build"));
        assertThat(String.join("\n", lines)).contains("install -y --no-install-recommends curl");
        String user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElse("");
        assertThat(user).isEqualTo("USER newsflow");
        assertThat(lines).anyMatch(line -> line.startsWith("ENTRYPOINT [\"java\""));
    }
}
