package io.newsflow.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichSteps;
import io.newsflow.enrich.EnrichedSeed;
import io.newsflow.enrich.RawPages;
import io.newsflow.enrich.clean.IsolatedSteps.Field;
import io.newsflow.schemas.avro.Article;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every enrichment sub-step runs isolated: a step that throws costs the article only its own field, is counted, and
 * leaves every other field as the working enricher sets it.
 */
class ArticleEnricherIsolationTest {

    private static MetadataSteps working;
    private static ExtractedPage page;
    private static Article reference;

    @BeforeAll
    static void loadSteps() {
        EnrichSteps steps = new EnrichSteps(EnrichConfig.load(Map.of()));
        page = steps.clean(RawPages.raw("seed", EnrichedSeed.URL,
                        RawPages.resource("/extract/seed-article/page.html"), EnrichedSeed.FETCHED_AT))
                .then(steps::extract)
                .value();
        working = MetadataSteps.load(EnrichConfig.load(Map.of()).languages());
        reference = new ArticleEnricher(working).enrich(page);
    }

    private static RuntimeException boom() {
        return new IllegalStateException("injected failure");
    }

    @Test
    void theReferenceArticleHasEveryField() {
        assertThat(reference.getLanguage()).isEqualTo("de");
        assertThat(reference.getEntities()).isNotEmpty();
        assertThat(reference.getDatesMentioned()).isNotEmpty();
        assertThat(reference.getQuotes()).isNotEmpty();
        assertThat(reference.getKeywords()).isNotEmpty();
        assertThat(reference.getDateline()).isNotNull();
        assertThat(reference.getNewsAgencies()).isNotEmpty();
    }

    @Test
    void aFailingEntityStepCostsOnlyTheEntities() {
        MetadataSteps steps = new MetadataSteps(working.language(), (title, body, language) -> {
            throw boom();
        }, working.dates(), working.quotes(), working.keywords(), working.dateline(), working.agencies());
        ArticleEnricher enricher = new ArticleEnricher(steps);
        Article article = enricher.enrich(page);
        assertThat(article.getEntities()).isEmpty();
        assertThat(enricher.failures(Field.ENTITIES)).isEqualTo(1);
        assertThat(article.getDatesMentioned()).isEqualTo(reference.getDatesMentioned());
        assertThat(article.getKeywords()).isEqualTo(reference.getKeywords());
        assertThat(article.getNewsAgencies()).isEqualTo(reference.getNewsAgencies());
        assertThat(article.getBody()).isEqualTo(reference.getBody());
    }

    @Test
    void eachOtherFailingStepCostsOnlyItsField() {
        MetadataSteps steps = new MetadataSteps(text -> {
            throw boom();
        }, working.entities(), (body, day) -> {
            throw boom();
        }, (body, persons) -> {
            throw boom();
        }, (title, body, language) -> {
            throw boom();
        }, body -> {
            throw boom();
        }, texts -> {
            throw boom();
        });
        ArticleEnricher enricher = new ArticleEnricher(steps);
        Article article = enricher.enrich(page);
        assertThat(article.getLanguageConfidence()).isNull();
        assertThat(article.getDatesMentioned()).isEmpty();
        assertThat(article.getQuotes()).isEmpty();
        assertThat(article.getKeywords()).isEmpty();
        assertThat(article.getDateline()).isNull();
        assertThat(article.getNewsAgencies()).isEmpty();
        for (Field field : new Field[] {Field.LANGUAGE, Field.DATES, Field.QUOTES, Field.KEYWORDS, Field.DATELINE,
                Field.AGENCIES}) {
            assertThat(enricher.failures(field)).as(field.label()).isEqualTo(1);
        }
        assertThat(enricher.failures(Field.ENTITIES)).isZero();
        assertThat(article.getTitle()).isEqualTo(reference.getTitle());
        assertThat(article.getFingerprint()).isEqualTo(reference.getFingerprint());
    }
}
