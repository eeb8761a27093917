package io.newsflow.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar app/target/newsflow.jar demo}, the README's first command, run as a user runs it. */
class DemoIT {

    @Test
    void demoRunsThePipelineAndPrintsTheSeedArticle(@TempDir Path dir) throws IOException, InterruptedException {
        Path jar = Path.of("target", "newsflow.jar").toAbsolutePath();
        assertThat(jar).exists();
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "demo")
                .directory(dir.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();

        boolean exited = demo.waitFor(4, TimeUnit.MINUTES);
        if (!exited) {
            demo.destroyForcibly();
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        assertThat(exited).as("demo finished; stderr:%n%s", Files.readString(stderr)).isTrue();
        assertThat(demo.exitValue()).as("exit code; stdout:%n%s%nstderr:%n%s", out, Files.readString(stderr)).isZero();
        assertThat(out).contains("articles in (raw)", "enriched", "dead-lettered", "time");

        JsonNode article = new ObjectMapper().readTree(out.substring(out.indexOf("{")));
        assertThat(article.path("title").asText())
                .isEqualTo("Russlands Bollwerk mit Nordkorea? Schoigu besucht Kim: „Stärkung der Militärbeziehungen“");
        assertThat(article.path("authors").toString()).isEqualTo("[\"Bona Hyun\"]");
        assertThat(article.path("publishedAt").asText()).isEqualTo("2023-07-26T07:41:00Z");
        assertThat(article.path("language").asText()).isEqualTo("de");
    }

    @Test
    void demoWithRoutesLeavesRoutedMentionsAndStoriesTopicsForTail(@TempDir Path dir) throws IOException, InterruptedException {
        Path routes = Files.copy(Path.of("..", "docs", "routes.example.yml"), dir.resolve("routes.yml"));
        Path data = dir.resolve("demo-data");
        String demo = run(dir, "demo", "--config", routes.toString(), "--data-dir", data.toString());
        assertThat(demo).contains("newsflow.mentions.v1", "newsflow.stories.v1", "newsflow.articles.de.v1",
                "newsflow.articles.en.v1");

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> german = lines(json, run(dir, "tail", "newsflow.articles.de.v1", "--embedded", "--data-dir", data.toString()));
        assertThat(german).isNotEmpty().allSatisfy(record -> {
            assertThat(record.path("value").path("language").asText()).isEqualTo("de");
            assertThat(record.path("headers").path("newsflow.route").asText()).isEqualTo("german");
        });
        List<JsonNode> stories = lines(json, run(dir, "tail", "newsflow.stories.v1", "--embedded", "--data-dir", data.toString()));
        assertThat(stories).isNotEmpty().allSatisfy(record ->
                assertThat(record.path("value").path("size").asInt()).isEqualTo(record.path("value").path("members").size()));
        List<JsonNode> mentions = lines(json, run(dir, "tail", "newsflow.mentions.v1", "--embedded", "--data-dir", data.toString(),
                "--max", "5"));
        assertThat(mentions).hasSize(5).allSatisfy(record -> assertThat(record.path("key").asText())
                .startsWith(record.path("value").path("entityType").asText() + ":"));
    }

    /** Runs the jar with {@code args} in {@code dir}, asserts exit code 0, returns stdout. */
    private static String run(Path dir, String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "newsflow.jar").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(dir, "stdout", ".txt");
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean exited = process.waitFor(4, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        assertThat(exited && process.exitValue() == 0).as("%s exited 0; stdout:%n%s%nstderr:%n%s", args[0], out,
                Files.readString(stderr)).isTrue();
        return out;
    }

    private static List<JsonNode> lines(ObjectMapper json, String out) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.lines().filter(l -> l.startsWith("{")).toList()) {
            records.add(json.readTree(line));
        }
        return records;
    }
}
