package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.ArticleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsflowCommandTest {

    private static final String SEED = "/io/newsflow/app/sample-site/" + DemoCommand.SHOWN_ARTICLE;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return NewsflowCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void rejectsAnUnknownOptionInOneLine() {
        assertThat(run("run", "--no-such-option")).isEqualTo(NewsflowCommand.USAGE);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--no-such-option");
    }

    @Test
    void rejectsAnUnknownCommandInOneLine() {
        assertThat(run("frobnicate")).isEqualTo(NewsflowCommand.USAGE);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("frobnicate");
    }

    @Test
    void rejectsBothClusterOptionsTogether() {
        assertThat(run("tail", "newsflow.raw.v1", "--embedded", "--bootstrap-servers", "h:1")).isEqualTo(NewsflowCommand.USAGE);
        assertThat(err.toString().strip()).doesNotContain("\n");
    }

    @Test
    void reportsAMissingPageInOneLine(@TempDir Path dir) {
        assertThat(run("extract", dir.resolve("missing.html").toString())).isEqualTo(NewsflowCommand.FAILED);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("missing.html");
    }

    @Test
    void reportsAnUnreadableConfigFileInOneLine(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("bad.yml"), "ingest: [unclosed");
        assertThat(run("run", "--config", config.toString(), "--until-idle")).isEqualTo(NewsflowCommand.FAILED);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("bad.yml");
    }

    @Test
    void extractsTheSeedArticle(@TempDir Path dir) throws IOException {
        Path page = copySeed(dir.resolve("seed.html"));

        assertThat(run("extract", page.toString())).isEqualTo(0);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("title").asText())
                .isEqualTo("Russlands Bollwerk mit Nordkorea? Schoigu besucht Kim: „Stärkung der Militärbeziehungen“");
        assertThat(json.path("authors").toString()).isEqualTo("[\"Bona Hyun\"]");
        assertThat(json.path("publishedAt").asText()).isEqualTo("2023-07-26T07:41:00Z");
        assertThat(json.path("language").asText()).isEqualTo("de");
        assertThat(json.path("url").asText()).isEqualTo(
                "https://www.nachrichten-beispiel.de/politik/russland-nordkorea-schoigu-besuch-kim-militaer-92420417.html");
        assertThat(json.path("body").asText()).startsWith("Der Versuch einer militärischen Annäherung?");
        assertThat(json.path("urlSource").asText()).isEqualTo("canonical");
        assertThat(json.path("publishedLocal").asText()).isEqualTo("2023-07-26T09:41:00+02:00");
    }

    @Test
    void extractsAPageThatNamesNoUrlAndSaysWhereTheUrlCameFrom(@TempDir Path dir) throws IOException {
        String seed = new String(getClass().getResourceAsStream(SEED).readAllBytes(), StandardCharsets.UTF_8);
        String withoutCanonical = seed.replaceAll("<link rel=\"canonical\"[^>]*>", "");
        String withoutUrl = withoutCanonical.replaceAll("<meta property=\"og:url\"[^>]*>", "");
        Path ogOnly = Files.writeString(dir.resolve("og.html"), withoutCanonical);
        Path none = Files.writeString(dir.resolve("none.html"), withoutUrl);
        ObjectMapper mapper = new ObjectMapper();

        assertThat(run("extract", ogOnly.toString())).isEqualTo(0);
        assertThat(mapper.readTree(out.toString()).path("urlSource").asText()).isEqualTo("og:url");
        out.getBuffer().setLength(0);
        assertThat(run("extract", none.toString())).isEqualTo(0);
        JsonNode json = mapper.readTree(out.toString());
        assertThat(json.path("urlSource").asText()).isEqualTo("none");
        assertThat(json.path("url").asText()).startsWith("file:");
        assertThat(json.path("id").asText()).hasSize(32).isNotEqualTo(ArticleId.of(
                "https://www.nachrichten-beispiel.de/politik/russland-nordkorea-schoigu-besuch-kim-militaer-92420417.html"));
        assertThat(json.path("title").asText()).startsWith("Russlands Bollwerk mit Nordkorea?");
        assertThat(json.path("publishedAt").asText()).isEqualTo("2023-07-26T07:41:00Z");
        out.getBuffer().setLength(0);
        assertThat(run("extract", none.toString(), "--url", "https://example.org/a")).isEqualTo(0);
        assertThat(mapper.readTree(out.toString()).path("urlSource").asText()).isEqualTo("argument");
    }

    @Test
    void extractsABatchAndGoesOnPastAPageThatFails(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        copySeed(pages.resolve("seed.html"));
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("zipped.html.gz")));
                InputStream seed = getClass().getResourceAsStream(SEED)) {
            seed.transferTo(gz);
        }
        Files.writeString(pages.resolve("index.html"), "<html><body><nav><a href='/a'>A</a></nav></body></html>");
        Path outDir = dir.resolve("out");

        assertThat(run("extract", "--out", outDir.toString(), pages.toString())).isEqualTo(0);

        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(outDir.resolve("seed.json").toFile()).path("authors").get(0).asText()).isEqualTo("Bona Hyun");
        assertThat(mapper.readTree(outDir.resolve("zipped.json").toFile()).path("language").asText()).isEqualTo("de");
        assertThat(mapper.readTree(outDir.resolve("index.json").toFile()).has("error")).isTrue();
    }

    @Test
    void rejectsAnUnknownSettingWithADidYouMeanBeforeStartingTheBroker(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("sources.yml"), "ingest:\n  user_agent: me\n");
        Path data = dir.resolve("data");

        assertThat(run("run", "--embedded", "--data-dir", data.toString(), "--config", config.toString()))
                .isEqualTo(NewsflowCommand.FAILED);

        assertThat(err.toString().strip()).doesNotContain("\n")
                .contains("unknown setting ingest.user_agent (did you mean ingest.user.agent?)");
        assertThat(data.resolve("kafka")).doesNotExist();
    }

    @Test
    void reportsEveryProblemOfEveryStageAtOnce(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("sources.yml"), """
                ingest:
                  hostdelay: 1s
                  fetch.threads: many
                enrich:
                  min.body.chars: -5
                pipeline:
                  idle.after: soon
                """);

        assertThat(run("run", "--embedded", "--data-dir", dir.resolve("data").toString(), "--config",
                config.toString())).isEqualTo(NewsflowCommand.FAILED);

        assertThat(err.toString()).contains("ingest.hostdelay (did you mean ingest.host.delay?)")
                .contains("ingest.fetch.threads").contains("enrich.min.body.chars").contains("pipeline.idle.after");
    }

    @Test
    void namesTheLineAndColumnOfAYamlError(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("bad.yml"), "ingest:\n  host.delay: 1s\n   fetch.threads: 2\n");

        assertThat(run("run", "--config", config.toString(), "--embedded")).isEqualTo(NewsflowCommand.FAILED);

        assertThat(err.toString().strip()).doesNotContain("\n").containsPattern("bad.yml line 3, column \\d+");
    }

    @Test
    void acceptsDurationsWithUnitsAndStageNamesInAnyCase(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("typo.yml"), "colour: blue\n");

        // the options parse (no usage error); the run then stops at the config file, before any broker
        assertThat(run("run", "--timeout", "30s", "--stage", "ingest,Enrich", "--embedded", "--config",
                config.toString())).isEqualTo(NewsflowCommand.FAILED);
        assertThat(err.toString()).contains("unknown setting colour");
    }

    @Test
    void rejectsADurationItCannotReadInOneLine() {
        assertThat(run("run", "--timeout", "soon")).isEqualTo(NewsflowCommand.USAGE);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("'soon'");
    }

    @Test
    void reportsAnUnreachableClusterInOneLineNamingTheAddress() {
        long started = System.nanoTime();

        assertThat(run("run", "--bootstrap-servers", "127.0.0.1:1", "--http-port", "0"))
                .isEqualTo(NewsflowCommand.FAILED);

        assertThat(err.toString().strip()).doesNotContain("\n").contains("127.0.0.1:1");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(25));
    }

    @Test
    void topicsNeedsTheClusterNamed() {
        assertThat(run("topics")).isEqualTo(NewsflowCommand.USAGE);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--bootstrap-servers").contains("--embedded");
    }

    @Test
    void extractOfADirectoryWithoutOutSaysToUseOut(@TempDir Path dir) {
        assertThat(run("extract", dir.toString())).isEqualTo(NewsflowCommand.FAILED);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("is a directory").contains("--out");
    }

    @Test
    void extractToADirectoryFailsOnAMissingInput(@TempDir Path dir) throws IOException {
        copySeed(dir.resolve("seed.html"));

        assertThat(run("extract", "--out", dir.resolve("out").toString(), dir.resolve("seed.html").toString(),
                dir.resolve("missing.html").toString())).isEqualTo(NewsflowCommand.FAILED);

        assertThat(err.toString().strip()).doesNotContain("\n").contains("missing.html");
    }

    @Test
    void extractsABatchPastAGzipBomb(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        copySeed(pages.resolve("seed.html"));
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("bomb.html.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 512; i++) { // 512 MiB once unpacked, about 0.5 MiB on disk
                gz.write(zeros);
            }
        }
        Path outDir = dir.resolve("out");

        assertThat(run("extract", "--out", outDir.toString(), pages.toString())).isEqualTo(0);

        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(outDir.resolve("seed.json").toFile()).path("authors").get(0).asText()).isEqualTo("Bona Hyun");
        assertThat(mapper.readTree(outDir.resolve("bomb.json").toFile()).has("error")).isTrue();
    }

    private Path copySeed(Path target) throws IOException {
        try (InputStream seed = getClass().getResourceAsStream(SEED)) {
            Files.copy(seed, target);
        }
        return target;
    }
}
