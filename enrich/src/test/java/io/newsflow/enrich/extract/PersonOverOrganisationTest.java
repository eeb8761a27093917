package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A person in the author meta tag over a company the byline element credits. */
class PersonOverOrganisationTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String BODY = "<p>" + "Preparers compared the packages on price, support and the forms"
            + " they cover before the filing season. ".repeat(6) + "</p>";

    private static ExtractedArticle extract(String metaAuthor, String byline) {
        String html = "<html lang='en'><head><meta name='author' content='" + metaAuthor + "'></head><body><main>"
                + "<article><header><h1>The best tax software for preparers</h1><p class='article-author'>"
                + "<a href='/blog/authors/team/'>" + byline + "</a></p></header>" + BODY
                + "</article></main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://blog.example/best-tax-software"), FETCHED);
    }

    @Test
    void theWriterTheMetaTagNamesOverTheCompanyInTheByline() {
        assertThat(extract("Abby Colson", "Northwind Tax &amp; Accounting").authors()).containsExactly("Abby Colson");
    }

    @Test
    void aBylineNamingAPersonStays() {
        // "Way" is a common word, but "Emily" a first name: the byline names a person
        assertThat(extract("Paul Rankin", "Emily Way").authors()).containsExactly("Emily Way");
    }

    @Test
    void theCompanyStaysWhenTheMetaTagNamesNoPerson() {
        assertThat(extract("Northwind Media", "Northwind Tax &amp; Accounting").authors())
                .containsExactly("Northwind Tax");
    }
}
