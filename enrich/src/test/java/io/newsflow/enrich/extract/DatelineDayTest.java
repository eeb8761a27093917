package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The date a press release's dateline writes at the opening of its text, read when the page states no other. */
class DatelineDayTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String URL = "https://landeskirche.example/nachrichten/id/35204-gedenken-online";

    private static final String MORE = " Die Gemeinden laden zu Andachten ein, und viele Menschen zünden an diesem"
            + " Tag eine Kerze für ihre Verstorbenen an.";

    private static ExtractedArticle extract(String paragraphs) {
        String html = "<html lang='de'><head><title>Gedenken online</title></head><body><main><article>"
                + "<h1>Gedenken online</h1>" + paragraphs + "</article></main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, URL), FETCHED);
    }

    private static String paragraph(String opening) {
        return "<p>" + opening + MORE.repeat(5) + "</p>";
    }

    @Test
    void readsTheDateOfTheDatelineOpeningTheText() {
        ExtractedArticle parenthesised = extract(paragraph("Im Netz der Verstorbenen gedenken.")
                + paragraph("Karlsruhe, (12.11.2021). Traditionell gedenken Christen ihrer Angehörigen."));
        ExtractedArticle dashed = extract(paragraph("Berlin, 3. Mai 2022 – Die Kirchen rufen zum Gedenken auf."));

        assertThat(parenthesised.publishedLocal()).isEqualTo("2021-11-12");
        assertThat(dashed.publishedLocal()).isEqualTo("2022-05-03");
    }

    @Test
    void aDateInsideASentenceOrAfterTheSecondParagraphIsNoDateline() {
        ExtractedArticle third = extract(paragraph("Im Netz gedenken.") + paragraph("Viele Gemeinden laden ein.")
                + paragraph("Karlsruhe, (12.11.2021). Traditionell gedenken Christen ihrer Angehörigen."));

        assertThat(third.publishedLocal()).isNull();
        assertThat(DatelineDay.text(List.of(new BodyBlock(BlockKind.PARAGRAPH,
                "Die Kirche hat am 3. Mai 2022 - wie jedes Jahr - eingeladen.")))).isEmpty();
        assertThat(DatelineDay.text(List.of(new BodyBlock(BlockKind.PARAGRAPH,
                "Frankfurt/Main (dpa) – Die Kirche lädt ein.")))).isEmpty();
    }
}
