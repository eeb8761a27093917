package io.newsflow.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownKeysTest {

    private final KnownKeys keys = KnownKeys.of(
            List.of("ingest.user.agent", "ingest.host.delay", "ingest.host.max.concurrent", "enrich.min.body.chars"),
            "kafka.", "ingest.sources.");

    @Test
    void acceptsKnownKeysAndAnythingUnderAKnownPrefix() {
        assertThat(keys.problems(List.of("ingest.user.agent", "kafka.security.protocol", "ingest.sources.0.url")))
                .isEmpty();
    }

    @Test
    void suggestsTheKeyWithTheSameWordsForAnUnderscoreTypo() {
        assertThat(keys.problems(List.of("ingest.user_agent")))
                .containsExactly("unknown setting ingest.user_agent (did you mean ingest.user.agent?)");
    }

    @Test
    void suggestsTheNearestKeyForAMissingDot() {
        assertThat(keys.problems(List.of("ingest.hostdelay")))
                .containsExactly("unknown setting ingest.hostdelay (did you mean ingest.host.delay?)");
    }

    @Test
    void reportsEveryUnknownKeyAndSuggestsNothingWhenNothingIsClose() {
        assertThat(keys.problems(List.of("colour", "ingest.user_agent")))
                .containsExactly("unknown setting colour",
                        "unknown setting ingest.user_agent (did you mean ingest.user.agent?)");
    }
}
