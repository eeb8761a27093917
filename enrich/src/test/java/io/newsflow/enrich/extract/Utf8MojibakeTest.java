package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Headlines a CMS encoded as UTF-8 twice are shown decoded once more. */
class Utf8MojibakeTest {

    private static final String BODY = "<p>" + "Ein Absatz mit genug Worten, damit die Seite als Artikel gilt. ".repeat(12)
            + "</p>";

    @Test
    void decodesAHeadlineEncodedTwice() {
        String html = "<html><head><meta charset='utf-8'></head><body><h1>Der Weg fÃ¼r Radfahrer ist frei</h1>" + BODY
                + "</body></html>";

        assertThat(new ArticleExtractor().extract(Jsoup.parse(html, "https://news.example/2024/05/weg"),
                Instant.parse("2024-06-01T00:00:00Z")).title()).isEqualTo("Der Weg für Radfahrer ist frei");
        assertThat(Utf8Mojibake.repaired("A Readerâ\u0080\u0099s Guide")).isEqualTo("A Reader’s Guide");
    }

    @Test
    void keepsTextThatOnlyLooksEncodedTwice() {
        assertThat(Utf8Mojibake.repaired("Le café» de Paris")).isEqualTo("Le café» de Paris");
        assertThat(Utf8Mojibake.repaired("Ã€ bientôt, “Paris”")).isEqualTo("Ã€ bientôt, “Paris”");
    }
}
