package io.newsflow.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.EnrichedSeed;
import io.newsflow.enrich.RawPages;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DateMention;
import io.newsflow.schemas.avro.Quote;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed fixture's "enrichment" part of expected.json, except language and entities (tested with their
 * recognizers): dates, quotes, dateline, reading time and news agencies, read from the fixture itself.
 */
class SeedEnrichmentTest {

    private static Article article;
    private static JsonNode expected;

    @BeforeAll
    static void enrichSeed() throws IOException {
        article = new EnrichedSeed().article();
        expected = new ObjectMapper().readTree(RawPages.resource("/extract/seed-article/expected.json")).get("enrichment");
    }

    @Test
    void resolvesEveryExpectedDate() {
        for (JsonNode date : expected.get("dates_mentioned")) {
            assertThat(article.getDatesMentioned())
                    .anySatisfy(mention -> {
                        assertThat(mention.getText()).isEqualTo(date.get("text").asText());
                        assertThat(mention.getDate()).isEqualTo(date.get("resolves_to").asText());
                        assertThat(article.getBody().substring(mention.getOffset())).startsWith(mention.getText());
                    });
        }
        assertThat(article.getDatesMentioned()).extracting(DateMention::getDate).contains("1950", "1953");
    }

    @Test
    void findsEveryExpectedQuoteWithItsSpeaker() {
        for (JsonNode quote : expected.get("quotes")) {
            assertThat(article.getQuotes()).anySatisfy(found -> {
                assertThat(found.getText()).isEqualTo(quote.get("text").asText());
                if (quote.has("speaker")) {
                    assertThat(found.getSpeaker()).isEqualTo(quote.get("speaker").asText());
                }
            });
        }
        assertThat(article.getQuotes()).extracting(Quote::getText).noneMatch(text -> text.equals("streng"));
    }

    @Test
    void findsTheDatelineAgenciesAndReadingTime() {
        assertThat(article.getDateline()).isEqualTo(expected.get("dateline").asText());
        for (JsonNode agency : expected.get("news_agencies")) {
            assertThat(article.getNewsAgencies()).contains(agency.asText());
        }
        assertThat(article.getReadingTimeMinutes()).isBetween(
                expected.get("reading_time_minutes_between").get(0).asInt(),
                expected.get("reading_time_minutes_between").get(1).asInt());
        assertThat(article.getWordCount()).isBetween(480, 520);
        assertThat(article.getSentenceCount()).isBetween(30, 40);
    }

    @Test
    void carriesKeywordsAndAFingerprint() {
        assertThat(article.getKeywords()).hasSizeBetween(10, 15).contains("Nordkorea", "Schoigu");
        assertThat(article.getFingerprint()).isNotNull().isNotZero();
        assertThat(article.getClusterId()).as("clustering happens in the topology's store").isNull();
    }
}
