package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A page that writes "ü" as "u" and a combining diaeresis gives out the composed text (NFC) readers expect. */
class ComposedTextTest {

    private static final Instant FETCHED = Instant.parse("2025-12-20T10:00:00Z");

    @Test
    void decomposedLettersComeOutComposed() {
        String paragraph = "<p>Die Küche der Bürgerhalle wird für drei Millionen Euro erneuert, teilte die Stadt am"
                + " Dienstag mit; die Arbeiten sollen im Frühjahr beginnen und bis zum Herbst dauern.</p>";
        String page = "<html><head><title>Neue Küche für die Bürgerhalle</title>"
                + "<meta name='author' content='Jürgen Müller'></head><body><article>"
                + "<h1>Neue Küche für die Bürgerhalle</h1>" + paragraph.repeat(3) + "</article></body></html>";
        Document decomposed = Jsoup.parse(Normalizer.normalize(page, Normalizer.Form.NFD), "https://news.example/k");

        ExtractedArticle article = new ArticleExtractor().extract(decomposed, FETCHED);

        assertThat(article.title()).isEqualTo("Neue Küche für die Bürgerhalle");
        assertThat(article.authors()).containsExactly("Jürgen Müller");
        assertThat(article.body()).contains("Die Küche der Bürgerhalle wird für drei Millionen Euro erneuert");
        assertThat(Normalizer.isNormalized(article.body(), Normalizer.Form.NFC)).isTrue();
    }
}
