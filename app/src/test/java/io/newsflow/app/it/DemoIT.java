package io.newsflow.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
