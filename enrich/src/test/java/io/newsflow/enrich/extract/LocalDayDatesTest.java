package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The local day of a publication time a page declares in UTC (the same instant written at the site's offset, the
 * URL's day, the day the header shows), the loose "date" meta after the header's date, labelled lines set apart by
 * {@code <br>}, and Arabic month names (also the double name "17 مارس/ آذار 2020").
 */
class LocalDayDatesTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String BODY = "<p>" + "The volunteers met early in the morning at the car park and walked"
            + " together to the summit, where the wind blew hard all day long. ".repeat(6) + "</p>";

    private static ExtractedArticle extract(String lang, String head, String article, String url) {
        String html = "<html lang='" + lang + "'><head>" + head + "</head><body><header><a href='/'>Home</a></header>"
                + "<main>" + article + "</main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, url), FETCHED);
    }

    private static String jsonLd(String datePublished) {
        return "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Police investigate a stabbing\",\"datePublished\":\"" + datePublished + "\"}</script>";
    }

    @Test
    void statesAUtcTimeAtTheOffsetThePageWritesTheSameInstantAt() {
        String header = "<article><h1>Police investigate a stabbing</h1><div class='byline'>By Jane Doe</div>"
                + "<time class='updated' datetime='2023-11-08T21:11:03-05:00'>Nov 8</time>" + BODY + "</article>";
        String otherInstant = "<article><h1>Police investigate a stabbing</h1>"
                + "<time class='updated' datetime='2023-11-08T22:11:03-05:00'>Nov 8</time>" + BODY + "</article>";

        ExtractedArticle twin = extract("en", jsonLd("2023-11-09T02:11:03+00:00"), header, "https://n.example/a");
        ExtractedArticle none = extract("en", jsonLd("2023-11-09T02:11:03+00:00"), otherInstant, "https://n.example/b");

        assertThat(twin.publishedLocal()).isEqualTo("2023-11-08T21:11:03-05:00");
        assertThat(twin.publishedAt()).isEqualTo(Instant.parse("2023-11-09T02:11:03Z"));
        assertThat(none.publishedLocal()).isEqualTo("2023-11-09T02:11:03Z");
    }

    @Test
    void takesTheDayTheUrlNamesForAUtcTimeOnTheDayAfter() {
        String article = "<article><h1>Police investigate a stabbing</h1>" + BODY + "</article>";
        ExtractedArticle evening = extract("es", jsonLd("2020-02-18T02:18:11Z"), article,
                "https://n.example/2020/02/17/police-investigate/");
        // no offset makes 14:00 UTC of the 18th a time of the 16th: the URL's day is another story's, the time stands
        ExtractedArticle unreachable = extract("es", jsonLd("2020-02-18T14:00:00Z"), article,
                "https://n.example/2020/02/16/police-investigate/");

        assertThat(evening.publishedLocal()).isEqualTo("2020-02-17");
        assertThat(evening.publishedAt()).isEqualTo(Instant.parse("2020-02-18T02:18:11Z"));
        assertThat(unreachable.publishedLocal()).isEqualTo("2020-02-18T14:00:00Z");
    }

    @Test
    void keepsTheUtcDayTheHeaderShowsInsteadOfMovingItToThePagesZone() {
        String shown = "<article><h1>Police investigate a stabbing</h1><p class='meta'>26/12/2019</p>" + BODY
                + "</article>";
        String unshown = "<article><h1>Police investigate a stabbing</h1>" + BODY + "</article>";

        ExtractedArticle header = extract("de", jsonLd("2019-12-26T23:07:45+00:00"), shown, "https://n.example/a");
        ExtractedArticle zone = extract("de", jsonLd("2019-12-26T23:07:45+00:00"), unshown, "https://n.example/b");

        assertThat(header.publishedLocal()).isEqualTo("2019-12-26T23:07:45Z");
        assertThat(zone.publishedLocal()).isEqualTo("2019-12-27T00:07:45+01:00");
    }

    @Test
    void readsTheLooseDateMetaAfterTheDateTheHeaderShows() {
        String shown = "<article><h1>Police investigate a stabbing</h1><ul><li>Von Moritz Wichmann</li>"
                + "<li><time>29.04.2020, 12:01 Uhr</time></li></ul>" + BODY + "</article>";
        String unshown = "<article><h1>Police investigate a stabbing</h1>" + BODY + "</article>";
        String meta = "<meta name='date' content='2020-04-30'>";

        assertThat(extract("de", meta, shown, "https://n.example/a").publishedLocal()).startsWith("2020-04-29");
        assertThat(extract("de", meta, unshown, "https://n.example/b").publishedLocal()).isEqualTo("2020-04-30");
    }

    @Test
    void readsAPublicationLabelInALineSetApartByBreaks() {
        String footer = "<p class='footer'>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>"
                + "Lesungen: 61<br>© bei der Autorin und bei literaturkritik.de, die Rechte an den Bildern liegen"
                + " bei den Verlagen</p>";
        String updatedOnly = "<p class='footer'>Letzte Änderung: 31.10.2023 - 14:49:39<br>Lesungen: 61<br>© bei der"
                + " Autorin und bei literaturkritik.de, die Rechte an den Bildern liegen bei den Verlagen</p>";
        String article = "<div><h1>Police investigate a stabbing</h1>" + BODY.repeat(3) + "</div>";

        assertThat(extract("de", "", article + footer, "https://n.example/a").publishedLocal())
                .isEqualTo("2023-11-01");
        assertThat(extract("de", "", article + updatedOnly, "https://n.example/b").publishedAt()).isNull();
    }

    @Test
    void readsABlogTemplatesPostingBlockThatRunsOnIntoItsFeedLines() {
        String block = "<p class='postmetadata'><small>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um %H:%M Uhr"
                + " veröffentlicht und unter <a href='/c'>Cybercrime</a>, <a href='/t'>Cyberterrorismus</a>"
                + " gespeichert. Sie können Kommentare zu diesem Eintrag über den <a href='/feed'>RSS-2.0</a>-Feed"
                + " verfolgen. Kommentare sind momentan deaktiviert, aber Sie können einen <a href='/tb'>Trackback</a>"
                + " von Ihrer Website hierher setzen.</small></p>";
        String article = "<div class='post'><h1>Kein Cyberterrorismus</h1>" + BODY.repeat(3) + block + "</div>";

        assertThat(extract("de", "", article, "https://blog.example/kein-cyberterrorismus").publishedLocal())
                .isEqualTo("2011-12-03");
    }

    @Test
    void readsArabicMonthNames() {
        assertThat(DateTextParser.parse("الأربعاء، 07 أكتوبر 2020 - 12:09 م", ZoneOffset.UTC))
                .contains(Instant.parse("2020-10-07T12:09:00Z"));
        assertThat(DateTextParser.parse("15 اغسطس 2021", ZoneOffset.UTC))
                .contains(Instant.parse("2021-08-15T00:00:00Z"));
    }

    @Test
    void keepsTheUtcDayTheHeaderShowsWhenTheSameInstantIsWrittenAtAnOffsetElsewhere() {
        // the CMS writes its local clock as UTC: the header shows the 6th at 2:00, the other stamp the 5th at 21:00
        String offsetTime = "<time class='updated' datetime='2022-05-05T21:00:00-05:00'>May 5</time>";
        String shown = "<article><p class='date'>6 May 2022 - 2:00 a. m.</p><h1>Police investigate a stabbing</h1>"
                + offsetTime + BODY + "</article>";
        String unshown = "<article><h1>Police investigate a stabbing</h1>" + offsetTime + BODY + "</article>";

        ExtractedArticle header = extract("en", jsonLd("2022-05-06T02:00:00Z"), shown, "https://n.example/a");
        ExtractedArticle offset = extract("en", jsonLd("2022-05-06T02:00:00Z"), unshown, "https://n.example/b");

        assertThat(header.publishedLocal()).isEqualTo("2022-05-06T02:00:00Z");
        assertThat(offset.publishedLocal()).isEqualTo("2022-05-05T21:00:00-05:00");
    }

    @Test
    void readsTheArabicDoubleMonthNameInEitherOrder() {
        assertThat(DateTextParser.parse("تم نشره الجمعة 24 نيسان / أبريل 2020", ZoneOffset.UTC))
                .contains(Instant.parse("2020-04-24T00:00:00Z"));
        assertThat(DateTextParser.parse("17:55 GMT 17 مارس/ آذار 2020", ZoneOffset.UTC))
                .contains(Instant.parse("2020-03-17T00:00:00Z"));
        // the Levant's name alone
        assertThat(DateTextParser.parse("24 نيسان 2020", ZoneOffset.UTC))
                .contains(Instant.parse("2020-04-24T00:00:00Z"));
        // two months that differ name no day
        assertThat(DateTextParser.parse("5 March/April 2020", ZoneOffset.UTC)).isEmpty();
    }
}
