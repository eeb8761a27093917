package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.runtime.deadletter.StageUnavailableException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BackgroundStepsTest {

    @Test
    void aFailedLoadIsTheStagesFaultNotTheRecords() {
        BackgroundSteps steps = new BackgroundSteps(() -> {
            throw new IllegalStateException("name model truncated");
        });

        assertThatThrownBy(steps::get)
                .isInstanceOf(StageUnavailableException.class)
                .hasRootCauseMessage("name model truncated");
    }

    @Test
    @Timeout(10) // a constructor that waited for the load would never return: the load waits for the test
    void loadsOnItsOwnThreadAndHandsTheSameStepsToEveryCaller() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        EnrichSteps loaded = new EnrichSteps(EnrichConfig.load(Map.of()));
        BackgroundSteps steps = new BackgroundSteps(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return loaded;
        });

        release.countDown();
        assertThat(steps.get()).isSameAs(loaded);
        assertThat(steps.get()).isSameAs(loaded);
    }

    @Test
    void topologiesWithTheSameSettingsShareTheirSteps() {
        EnrichConfig config = EnrichConfig.load(Map.of("enrich.languages", "en,de"));

        assertThat(BackgroundSteps.of(config)).isSameAs(BackgroundSteps.of(config.withApplicationId("other")));
        assertThat(BackgroundSteps.of(config))
                .isNotSameAs(BackgroundSteps.of(EnrichConfig.load(Map.of("enrich.languages", "en,fr"))));
    }
}
