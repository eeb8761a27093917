package io.newsflow.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsSourceTest {

    @Test
    void flattensYamlAndLetsTheEnvironmentWin(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sources.yml"), """
                topics:
                  prefix: test
                enrich:
                  min.body.chars: 100
                ingest:
                  sources:
                    - type: feed
                      url: http://127.0.0.1:1/feed.xml
                    - type: list
                      path: urls.txt
                kafka:
                  security.protocol: PLAINTEXT
                """);

        Map<String, String> settings = SettingsSource.load(file,
                Map.of("NEWSFLOW_ENRICH_MIN_BODY_CHARS", "300", "HOME", "/root"));

        assertThat(settings).containsEntry("topics.prefix", "test")
                .containsEntry("enrich.min.body.chars", "300")
                .containsEntry("ingest.sources.0.type", "feed")
                .containsEntry("ingest.sources.0.url", "http://127.0.0.1:1/feed.xml")
                .containsEntry("ingest.sources.1.path", "urls.txt")
                .containsEntry("kafka.security.protocol", "PLAINTEXT")
                .doesNotContainKey("home");
    }

    @Test
    void readsTheDocumentedRoutesExample() {
        Map<String, String> settings = SettingsSource.read(Path.of("..", "docs", "routes.example.yml"));

        PipelineConfig config = PipelineConfig.load(settings, Pipeline.allStages());

        assertThat(config.publish().routes()).extracting(route -> route.name())
                .containsExactly("german", "by-language", "politics-json");
        assertThat(config.publish().routes().get(2).when().terms().values())
                .containsExactlyInAnyOrder(java.util.List.of("Politik", "politics"), java.util.List.of("ARTICLE"));
    }

    @Test
    void aMistypedRouteKeyIsOneLineWithTheClosestKey(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("routes.yml"), """
                publish:
                  routes:
                    - name: german
                      topic: newsflow.articles.de.v1
                      wehn: { language: [de] }
                """);

        assertThatThrownBy(() -> PipelineConfig.load(SettingsSource.read(file), Pipeline.allStages()))
                .isInstanceOfSatisfying(io.newsflow.runtime.config.InvalidSettingsException.class,
                        e -> assertThat(e.problems()).containsExactly("publish route 'german': unknown setting"
                                + " publish.routes.0.wehn.language (did you mean publish.routes.0.when.language?)"));
    }

    @Test
    void readsPropertiesFiles(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("newsflow.properties"), "topics.partitions=2\n");
        assertThat(SettingsSource.read(file)).containsExactly(Map.entry("topics.partitions", "2"));
    }

    @Test
    void namesTheFileThatCannotBeRead(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> SettingsSource.read(dir.resolve("nope.yml"))).hasMessageContaining("nope.yml");
        Path scalar = Files.writeString(dir.resolve("scalar.yml"), "just a string");
        assertThatThrownBy(() -> SettingsSource.read(scalar)).hasMessageContaining("scalar.yml");
    }

    @Test
    void sharedConfigReportsEveryBadValueAtOnce() {
        assertThatThrownBy(() -> NewsflowConfig.load(Map.of("topics.partitions", "zero", "pipeline.idle.after", "soon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topics.partitions")
                .hasMessageContaining("pipeline.idle.after");
    }
}
