package io.newsflow.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the scoring takes a saved page's URL: as {@code newsflow extract} does when it is given none. */
class PipelineExtractionTest {

    private static final Instant FETCHED = Instant.parse("2024-06-01T00:00:00Z");

    private static byte[] page(String head) {
        String body = "<p>" + "Der Stadtrat hat am Montag einen neuen Radweg entlang der Hauptstraße beschlossen. "
                .repeat(20) + "</p>";
        return ("<html><head>" + head + "</head><body><article><h1>Stadtrat beschließt neuen Radweg</h1>" + body
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPageThatNamesNoUrlIsExtractedWithoutOneAndKeyedByItsContent() {
        byte[] html = page("");

        RawArticle raw = PipelineExtraction.rawArticle(html, null, FETCHED);
        PipelineOutcome outcome = new PipelineExtraction(200).run(html, null, FETCHED);

        assertThat(raw.getId()).isEqualTo(ArticleId.ofContent(html));
        assertThat(outcome.extractedWithoutUrl()).isTrue();
        assertThat(outcome.declaresUrl()).isFalse();
        assertThat(outcome.rejection()).isNull();
        assertThat(outcome.article().title()).isEqualTo("Stadtrat beschließt neuen Radweg");
    }

    @Test
    void aPageThatNamesItsCanonicalUrlIsKeyedByIt() {
        String url = "https://zeitung.example/stadt/radweg";
        byte[] html = page("<link rel='canonical' href='" + url + "'>");

        RawArticle raw = PipelineExtraction.rawArticle(html, null, FETCHED);
        PipelineOutcome outcome = new PipelineExtraction(200).run(html, null, FETCHED);

        assertThat(raw.getUrl()).isEqualTo(url);
        assertThat(raw.getId()).isEqualTo(ArticleId.of(url));
        assertThat(outcome.extractedWithoutUrl()).isFalse();
        assertThat(outcome.declaresUrl()).isTrue();
    }

    @Test
    void aRelativeCanonicalNamesNoUrlAndTheOgUrlIsTaken() {
        // as newsflow extract takes it: a canonical that is no absolute URL is passed over, not the end of the search
        String url = "https://zeitung.example/stadt/radweg";
        byte[] html = page("<link rel='canonical' href='/stadt/radweg'><meta property='og:url' content='" + url + "'>");

        RawArticle raw = PipelineExtraction.rawArticle(html, null, FETCHED);

        assertThat(raw.getUrl()).isEqualTo(url);
        assertThat(raw.getId()).isEqualTo(ArticleId.of(url));
    }
}
