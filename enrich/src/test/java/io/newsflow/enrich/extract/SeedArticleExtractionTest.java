package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.metadata.TextStats;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks every field of the seed article's expected extraction. */
class SeedArticleExtractionTest {

    private static final Instant FETCHED_AT = Instant.parse("2023-07-26T12:00:00Z");

    private static JsonNode expected;
    private static ExtractedArticle article;

    @BeforeAll
    static void extract() throws IOException {
        expected = new ObjectMapper().readTree(TestPages.bytes("seed-article/expected.json")).get("extraction");
        article = new ArticleExtractor()
                .extract(TestPages.page("seed-article/page.html", expected.get("url").asText()), FETCHED_AT);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    @Test
    void isAnArticle() {
        assertThat(article.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(article.notArticleReason()).isNull();
    }

    @Test
    void takesTheHeadlineNotTheDocumentTitle() {
        assertThat(article.title()).isEqualTo(expected.get("title").asText());
    }

    @Test
    void readsDescriptionAuthorsAndDates() {
        assertThat(article.description()).isEqualTo(expected.get("description").asText());
        assertThat(article.authors()).isEqualTo(strings(expected.get("authors")));
        assertThat(article.publishedAt()).isEqualTo(Instant.parse(expected.get("publishedAt").asText()));
        assertThat(article.modifiedAt()).isEqualTo(Instant.parse(expected.get("modifiedAt").asText()));
    }

    @Test
    void readsSiteMetadata() {
        assertThat(article.canonicalUrl()).isEqualTo(expected.get("canonicalUrl").asText());
        assertThat(article.section()).isEqualTo(expected.get("section").asText());
        assertThat(article.siteName()).isEqualTo(expected.get("siteName").asText());
        assertThat(article.declaredLanguage()).isEqualTo(expected.get("language").asText());
        assertThat(article.tags()).isEqualTo(strings(expected.get("tags")));
        assertThat(article.accessibleForFree()).isTrue();
    }

    @Test
    void splitsLeadImageCaptionAndCredit() {
        JsonNode image = expected.get("leadImage");
        assertThat(article.leadImage())
                .isEqualTo(new LeadImage(
                        image.get("url").asText(), image.get("caption").asText(), image.get("credit").asText()));
    }

    @Test
    void splitsOffTheAgencyNote() {
        assertThat(article.agencyNote()).isEqualTo(expected.get("agencyNote").asText());
    }

    @Test
    void bodyStartsWithTheLeadAndEndsWithTheLastParagraph() {
        JsonNode body = expected.get("body");
        assertThat(article.blocks().get(0).kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(article.body()).startsWith(body.get("first_paragraph_starts_with").asText());
        assertThat(article.body()).endsWith(body.get("last_paragraph_ends_with").asText());
    }

    @Test
    void keepsSubheadingsAsHeadingBlocks() {
        List<BodyBlock> headings = article.blocks().stream()
                .filter(block -> block.kind() == BlockKind.HEADING)
                .toList();
        List<BodyBlock> expectedHeadings = strings(expected.get("body").get("subheadings")).stream()
                .map(text -> new BodyBlock(BlockKind.HEADING, text))
                .toList();
        assertThat(headings).isEqualTo(expectedHeadings);
    }

    @Test
    void bodyHasTheArticleTextAndNoBoilerplate() {
        JsonNode body = expected.get("body");
        assertThat(article.body()).contains(strings(body.get("must_contain")));
        for (String boilerplate : strings(body.get("must_not_contain"))) {
            assertThat(article.body()).doesNotContain(boilerplate);
        }
    }

    @Test
    void bodyWordCountIsInRange() {
        JsonNode range = expected.get("body").get("word_count_between");
        assertThat(TextStats.of(article.body()).words()).isBetween(range.get(0).asInt(), range.get(1).asInt());
    }

    @Test
    void isPureAndDeterministic() {
        Instant fetchedAt = Instant.parse("2023-07-26T08:00:00Z");
        ExtractedArticle first = new ArticleExtractor()
                .extract(TestPages.page("seed-article/page.html", expected.get("url").asText()), fetchedAt);
        ExtractedArticle second = new ArticleExtractor()
                .extract(TestPages.page("seed-article/page.html", expected.get("url").asText()), fetchedAt);
        assertThat(first).isEqualTo(second);
        assertThat(first.modifiedAt()).isEqualTo(fetchedAt); // declared 09:05Z, fetched 08:00Z: bounded
    }
}
