package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Dates real pages state in words rather than ISO 8601: structured data written as text, month names of more
 * languages, ordinal days, and the posting line of a blog template.
 */
class TextualDateSourcesTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String BODY = "<p>" + "The volunteers met early in the morning at the car park and walked"
            + " together to the summit, where the wind blew hard all day long. ".repeat(6) + "</p>";

    /** More text than the headline area reads, so a line below it is found only by a page-wide rule. */
    private static final String LONG_BODY = BODY.repeat(3);

    private static ExtractedArticle extract(String lang, String head, String body, String url) {
        String html = "<html lang='" + lang + "'><head>" + head + "</head><body><header><a href='/'>Home</a></header>"
                + "<main>" + body + "</main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, url), FETCHED);
    }

    private static String jsonLd(String datePublished) {
        return "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Veteran beats the virus\",\"datePublished\":\"" + datePublished + "\"}</script>";
    }

    @Test
    void readsADeclaredPublicationDateWrittenAsTextWhenThePageShowsNone() {
        String plain = "<article><h1>Veteran beats the virus</h1>" + BODY + "</article>";
        String visible = "<article><h1>Veteran beats the virus</h1><p class='date'>April 10, 2020</p>" + BODY
                + "</article>";
        ExtractedArticle words = extract("en", jsonLd("04:25:06 PM IST Apr 08, 2020"), plain, "https://n.example/a");
        ExtractedArticle rfcLike = extract("en", jsonLd("Tue, Sep 15 2020 10:01:41 EDT"), plain, "https://n.example/b");
        ExtractedArticle unpadded = extract("es", jsonLd("2022-5-5 22:17:36"), plain, "https://n.example/c");
        // site builders write their last publish in this form: a date the page shows comes first
        ExtractedArticle shown = extract("en", jsonLd("Nov 05, 2025"), visible, "https://n.example/d");

        assertThat(words.publishedLocal()).isEqualTo("2020-04-08");
        assertThat(rfcLike.publishedLocal()).startsWith("2020-09-15");
        assertThat(unpadded.publishedLocal()).startsWith("2022-05-05");
        assertThat(shown.publishedLocal()).isEqualTo("2020-04-10");
    }

    @Test
    void readsMonthNamesOfMoreLanguagesAndOrdinalDays() {
        assertThat(DateTextParser.parse("duminică, 20 septembrie 2020", ZoneOffset.UTC))
                .contains(Instant.parse("2020-09-20T00:00:00Z"));
        assertThat(DateTextParser.parse("12 października 2021", ZoneOffset.UTC))
                .contains(Instant.parse("2021-10-12T00:00:00Z"));
        assertThat(DateTextParser.parse("3 марта 2019 г.", ZoneOffset.UTC))
                .contains(Instant.parse("2019-03-03T00:00:00Z"));
        assertThat(DateTextParser.parse("7. května 2018", ZoneOffset.UTC))
                .contains(Instant.parse("2018-05-07T00:00:00Z"));
        assertThat(DateTextParser.parse("30th March 2025", ZoneOffset.UTC))
                .contains(Instant.parse("2025-03-30T00:00:00Z"));
        assertThat(DateTextParser.parse("the 2nd of June 2024", ZoneOffset.UTC))
                .contains(Instant.parse("2024-06-02T00:00:00Z"));
        assertThat(DateTextParser.parse("20 nowhere 2020", ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void readsABlogTemplatesPostingLineButNotACommentsOrABodyParagraph() {
        String posted = "<div class='post'><h1>Roomba im Test</h1>" + LONG_BODY
                + "<p class='postmetadata'><small>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 14:48 Uhr"
                + " veröffentlicht und unter <a href='/c'>Technik</a> gespeichert.</small></p></div>";
        String comment = "<div class='post'><h1>Roomba im Test</h1>" + LONG_BODY + "<ol class='commentlist'><li><p>"
                + "Dieser Kommentar wurde am 5. Dezember 2011 geschrieben.</p></li></ol></div>";
        String paragraph = "<div class='post'><h1>Roomba im Test</h1>" + LONG_BODY + "<p>" + "Der Bericht wurde am"
                + " 3. Mai 2011 veröffentlicht, und seitdem hat sich die Lage der Hersteller deutlich verändert. "
                .repeat(4) + "</p></div>";

        assertThat(extract("de", "", posted, "https://blog.example/roomba").publishedLocal())
                .startsWith("2011-12-03");
        assertThat(PostedLines.scan(Jsoup.parse("<html><body>" + comment + "</body></html>")).texts()).isEmpty();
        assertThat(PostedLines.scan(Jsoup.parse("<html><body>" + comment.replace("commentlist", "list")
                + "</body></html>")).texts()).containsExactly("wurde am 5. Dezember 2011 geschrieben.");
        assertThat(extract("de", "", paragraph, "https://blog.example/roomba").publishedAt()).isNull();
    }

    @Test
    void statesAUtcTimeAtTheOffsetOfTheLocalTimeThePageAlsoDeclares() {
        String utc = jsonLd("2023-11-09T01:09:55Z");
        String twin = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\","
                + "\"datePublished\": \"2023-11-08 18:09:55\"}</script>";
        String other = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\","
                + "\"datePublished\": \"2023-11-02 18:09:55\"}</script>";
        String article = "<article><h1>Veteran beats the virus</h1>" + BODY + "</article>";

        ExtractedArticle twinned = extract("en-US", utc + twin, article, "https://n.example/a");
        ExtractedArticle unrelated = extract("en-US", utc + other, article, "https://n.example/a");

        assertThat(twinned.publishedLocal()).isEqualTo("2023-11-08T18:09:55-07:00");
        assertThat(twinned.publishedAt()).isEqualTo(Instant.parse("2023-11-09T01:09:55Z"));
        assertThat(unrelated.publishedLocal()).isEqualTo("2023-11-09T01:09:55Z");
    }
}
