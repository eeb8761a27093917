package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Entity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The warm-up pages must go through every step as articles: a rejected or failing page would warm only part of the
 * path and, being logged, not fail anything else.
 */
class StepsWarmupTest {

    private final EnrichSteps steps = new EnrichSteps(EnrichConfig.load(Map.of()));

    @Test
    void everyWarmupPageIsEnrichedAsAnArticleInItsLanguageWithEntities() {
        for (String language : StepsWarmup.PAGES) {
            var result = steps.clean(StepsWarmup.page(language)).then(steps::extract).map(steps::enrich);

            assertThat(result.isOk()).as("warm-up page %s: %s", language, result).isTrue();
            Article article = result.value();
            assertThat(article.getLanguage()).isEqualTo(language);
            assertThat(article.getEntities()).extracting(Entity::getName).isNotEmpty();
        }
    }
}
