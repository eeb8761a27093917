package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Dates a page states only in its application state (a headless CMS's JSON in a script) or under a French, Spanish,
 * Portuguese or Italian label.
 */
class ScriptAndLabelDatesTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String URL = "https://catering.example/blog/catering-trends";

    private static final String BODY = "<p>" + "The caterers met early in the morning at the venue and set up the"
            + " tables together, while the kitchen prepared the first courses of the day. ".repeat(6) + "</p>";

    /** More text than the headline area reads, so a line below it is found only by a page-wide rule. */
    private static final String LONG_BODY = BODY.repeat(3);

    private static ExtractedArticle extract(String lang, String body, String scripts) {
        String html = "<html lang='" + lang + "'><head><title>Trends</title></head><body><header><a href='/'>Home</a>"
                + "</header><main><article><h1>Ten catering trends</h1>" + body + "</article></main>" + scripts
                + "</body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, URL), FETCHED);
    }

    private static String script(String json) {
        return "<script>window.__NUXT__=" + json + ";</script>";
    }

    @Test
    void readsTheFirstPublicationTheAppStateDeclares() {
        ExtractedArticle prismic = extract("en", BODY, script("{\"doc\":{\"id\":\"aJCf\",\"first_publication_date\":"
                + "\"2025-08-04T11:55:39+0000\",\"last_publication_date\":\"2025-09-01T08:00:00+0000\"},\"related\":"
                + "[{\"first_publication_date\":\"2025-03-19T16:59:23+0000\"}]}"));
        ExtractedArticle escaped = extract("en", BODY, "<script>self.__next_f.push([1,\"{\\\"story\\\":"
                + "{\\\"first_published_at\\\":\\\"2024-02-21T13:00:00.000Z\\\"}}\"])</script>");

        assertThat(prismic.publishedAt()).isEqualTo(Instant.parse("2025-08-04T11:55:39Z"));
        assertThat(escaped.publishedAt()).isEqualTo(Instant.parse("2024-02-21T13:00:00Z"));
    }

    @Test
    void neverTakesALastPublicationOrAnotherItemsDatePublishedFromTheAppState() {
        ExtractedArticle lastOnly = extract("en", BODY, script(
                "{\"doc\":{\"last_publication_date\":\"2025-09-01T08:00:00+0000\"}}"));
        ExtractedArticle relatedItems = extract("en", BODY, script(
                "{\"related\":[{\"datePublished\":\"2021-11-22T17:42:22Z\",\"publishedAt\":\"2021-11-22\"}]}"));
        ExtractedArticle ldJson = extract("en", BODY,
                "<script type='application/json+ld'>{\"first_publication_date\":\"not a date\"}</script>");

        assertThat(lastOnly.publishedAt()).isNull();
        assertThat(relatedItems.publishedAt()).isNull();
        assertThat(ldJson.publishedAt()).isNull();
    }

    @Test
    void readsFrenchSpanishAndItalianPublicationLabels() {
        ExtractedArticle french = extract("fr", LONG_BODY + "<ul><li><p class='title'>Mise en ligne</p>"
                + "<p class='content'>23 mai 2019</p></li></ul>", "");
        ExtractedArticle spanish = extract("es", LONG_BODY + "<p>Fecha de publicación: 06/05/2022</p>", "");
        ExtractedArticle italian = extract("it", LONG_BODY + "<p>Data di pubblicazione: 14/01/2020</p>", "");
        ExtractedArticle frenchUpdate = extract("fr", LONG_BODY + "<p>Mise à jour le 23 mai 2019</p>", "");

        assertThat(french.publishedLocal()).isEqualTo("2019-05-23");
        assertThat(spanish.publishedLocal()).isEqualTo("2022-05-06");
        assertThat(italian.publishedLocal()).isEqualTo("2020-01-14");
        assertThat(frenchUpdate.publishedAt()).isNull();
    }
}
