package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.IngestConfig;
import io.newsflow.runtime.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README and the operators' guide list every ingest setting with the default the code ships. */
class IngestSettingsDocumentedTest {

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/operators.md"})
    void everyIngestSettingIsListedWithItsDefault(String doc) throws IOException {
        String text = Files.readString(Path.of("..").resolve(doc));
        Map<String, String> defaults = Settings.defaults(IngestConfig.class, "defaults.properties");

        assertThat(defaults).isNotEmpty();
        defaults.forEach((key, value) -> {
            String row = text.lines().filter(line -> line.startsWith("| `" + key + "`")).findFirst().orElse("");
            assertThat(row).as("%s lists %s", doc, key).isNotEmpty();
            assertThat(row).as("%s gives the default of %s", doc, key)
                    .contains(value.isEmpty() ? "empty" : "`" + value + "`");
        });
    }
}
