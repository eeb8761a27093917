package io.newsflow.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.BodyBlock;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.PageKind;
import io.newsflow.enrich.extract.PageParser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages of the bundled sample site, checked against the golden hints in its
 * manifest: title, authors, publication time, declared language, first and last paragraph, and strings that must
 * not reach the body.
 */
class SampleSiteExtractionTest {

    private static final Instant FETCHED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String SITE = "https://www.nachrichten-beispiel.de/";

    static Stream<JsonNode> pages() throws IOException {
        try (InputStream in = SampleSiteExtractionTest.class.getResourceAsStream("/io/newsflow/app/sample-site/manifest.json")) {
            List<JsonNode> pages = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(pages::add);
            return pages.stream();
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("pages")
    void matchesTheManifest(JsonNode expected) throws IOException {
        String path = expected.get("path").asText();
        byte[] html;
        try (InputStream in = getClass().getResourceAsStream("/io/newsflow/app/sample-site/" + path)) {
            assertThat(in).as(path).isNotNull();
            html = in.readAllBytes();
        }
        ExtractedArticle article = new ArticleExtractor().extract(PageParser.parse(html, null, SITE + path), FETCHED_AT);

        assertThat(article.kind()).as("kind").isEqualTo(PageKind.ARTICLE);
        assertThat(article.title()).as("title").isEqualTo(expected.get("title").asText());
        List<String> authors = new ArrayList<>();
        expected.get("authors").forEach(name -> authors.add(name.asText()));
        assertThat(article.authors()).as("authors").isEqualTo(authors);
        assertThat(article.publishedAt()).as("publishedAt").isEqualTo(Instant.parse(expected.get("publishedAt").asText()));
        assertThat(article.declaredLanguage()).as("language").isEqualTo(expected.get("language").asText());
        List<BodyBlock> blocks = article.blocks();
        assertThat(blocks).as("body").isNotEmpty();
        assertThat(blocks.get(0).text()).as("first paragraph").startsWith(expected.get("firstParagraphStartsWith").asText());
        assertThat(blocks.get(blocks.size() - 1).text()).as("last paragraph")
                .endsWith(expected.get("lastParagraphEndsWith").asText());
        String body = article.body();
        expected.get("mustNotContain").forEach(text -> assertThat(body).as("body").doesNotContain(text.asText()));
    }
}
