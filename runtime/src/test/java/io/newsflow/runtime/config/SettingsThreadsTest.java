package io.newsflow.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsThreadsTest {

    private static int threads(Map<String, String> overrides, int max) {
        Settings settings = Settings.of(SettingsThreadsTest.class, "threads.properties", overrides);
        int threads = settings.threads("stage.stream.threads", max);
        settings.validate("stage");
        return threads;
    }

    @Test
    void autoIsTheProcessorsAvailableToTheJvm() {
        assertThat(threads(Map.of(), 64)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(threads(Map.of("stage.stream.threads", "AUTO"), 64)).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void autoNeverExceedsTheMaximum() {
        assertThat(threads(Map.of(), 1)).isEqualTo(1);
    }

    @Test
    void aNumberIsTakenAsItIs() {
        assertThat(threads(Map.of("stage.stream.threads", "3"), 64)).isEqualTo(3);
    }

    @Test
    void rejectsZeroAndWords() {
        assertThatThrownBy(() -> threads(Map.of("stage.stream.threads", "0"), 64))
                .hasMessageContaining("stage.stream.threads must be between 1 and 64, got 0");
        assertThatThrownBy(() -> threads(Map.of("stage.stream.threads", "many"), 64))
                .hasMessageContaining("stage.stream.threads must be a whole number, got 'many'");
    }
}
