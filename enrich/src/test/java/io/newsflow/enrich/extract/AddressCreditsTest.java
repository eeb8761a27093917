package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Credits that hold an address (a web agency's imprint, a social profile, a contact) name no author. */
class AddressCreditsTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String BODY = "<p>" + "Der Gemeinderat hat am Abend lange über den Haushalt beraten und"
            + " schließlich mit knapper Mehrheit zugestimmt. ".repeat(6) + "</p>";

    private static ExtractedArticle extract(String head) {
        String html = "<html lang='de'><head>" + head + "</head><body><main><article><h1>Haushalt beschlossen</h1>"
                + BODY + "</article></main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://zeitung.example/a"), FETCHED);
    }

    @Test
    void aWebAgencysImprintIsNoOrganisationCredit() {
        assertThat(extract("<meta name='author' content='Web Shop GmbH www.web-shop.example'>").authors()).isEmpty();
    }

    @Test
    void noPartOfACreditWithAnAddressIsAName() {
        assertThat(extract("<meta name='author' content='Frank Beispiel - http://frank.example'>").authors()).isEmpty();
    }

    @Test
    void aProfileAddressWithoutItsSchemeIsNoName() {
        assertThat(extract("<meta property='article:author' content='facebook.com/zeitung'>").authors()).isEmpty();
    }

    @Test
    void aMailAddressSpelledOutIsNoName() {
        assertThat(extract("<meta name='author' content='redaktion[at]zeitung.example'>").authors()).isEmpty();
    }

    @Test
    void aCopyrightNoticeIsNoOrganisationCredit() {
        assertThat(extract("<meta name='dcterms.creator' content='Copyright Beispiel Verlag GmbH'>").authors())
                .isEmpty();
    }
}
