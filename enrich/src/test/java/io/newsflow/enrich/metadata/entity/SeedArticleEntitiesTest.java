package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed fixture's {@code enrichment} part: every listed person, place and organisation, none of the non-entities. */
class SeedArticleEntitiesTest {

    private static final String DIR = "/extract/seed-article/";

    private static JsonNode expected;
    private static ExtractedArticle article;
    private static List<RecognizedEntity> entities;

    @BeforeAll
    static void recognize() throws IOException {
        JsonNode fixture;
        try (InputStream in = SeedArticleEntitiesTest.class.getResourceAsStream(DIR + "expected.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        expected = fixture.get("enrichment");
        String html;
        try (InputStream in = SeedArticleEntitiesTest.class.getResourceAsStream(DIR + "page.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        article = new ArticleExtractor().extract(Jsoup.parse(html, fixture.get("extraction").get("url").asText()),
                Instant.parse("2023-07-26T10:00:00Z"));
        entities = EntityRecognizerFixture.recognizer().recognize(article.title(), article.body(), "de");
        entities.forEach(e -> System.out.println("seed entity " + e));
    }

    @Test
    void everyListedPersonIsFoundWithItsAliases() {
        for (JsonNode person : expected.get("persons")) {
            RecognizedEntity entity = find(person.get("name").asText(), EntityType.PERSON);
            if (person.has("aliases_in_text")) {
                for (JsonNode alias : person.get("aliases_in_text")) {
                    assertThat(entity.aliases()).as("aliases of %s", entity.name()).contains(alias.asText());
                }
            }
        }
    }

    @Test
    void everyListedPlaceIsALocation() {
        expected.get("places").forEach(place -> find(place.asText(), EntityType.LOCATION));
    }

    @Test
    void everyListedOrganisationIsAnOrganisation() {
        expected.get("organizations").forEach(org -> find(org.asText(), EntityType.ORGANIZATION));
    }

    @Test
    void noNonEntityIsAnEntityOrAnAlias() {
        List<String> names = new ArrayList<>();
        for (RecognizedEntity entity : entities) {
            names.add(entity.name().toLowerCase(Locale.ROOT));
            entity.aliases().forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
        }
        for (JsonNode not : expected.get("must_not_be_entities")) {
            assertThat(names).doesNotContain(not.asText().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void countsAndOffsetsPointAtTheText() {
        RecognizedEntity schoigu = find("Sergei Schoigu", EntityType.PERSON);
        assertThat(schoigu.mentions()).isGreaterThanOrEqualTo(5);
        String body = article.body();
        assertThat(schoigu.firstOffset()).isGreaterThanOrEqualTo(0);
        assertThat(body.substring(schoigu.firstOffset())).startsWith("Schoigu");
        for (RecognizedEntity entity : entities) {
            if (entity.firstOffset() >= 0) {
                String at = body.substring(entity.firstOffset());
                assertThat(Optional.of(entity.name()).filter(at::startsWith)
                        .or(() -> entity.aliases().stream().filter(a -> at.startsWith(a)
                                || at.startsWith(a.substring(0, Math.min(a.length(), 2)))).findFirst()))
                        .as("offset of %s", entity).isPresent();
            }
        }
    }

    private static RecognizedEntity find(String name, EntityType type) {
        Optional<RecognizedEntity> found = entities.stream()
                .filter(e -> e.name().equalsIgnoreCase(name)
                        || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name)))
                .findFirst();
        assertThat(found).as("entity %s", name).isPresent();
        assertThat(found.get().type()).as("type of %s", found.get()).isEqualTo(type);
        return found.get();
    }
}
