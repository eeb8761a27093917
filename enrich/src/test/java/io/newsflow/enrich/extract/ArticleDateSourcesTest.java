package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Date sources real pages use beyond the headline area: a {@code <time>} in the article's own meta column or
 * sidebar, a UTC timestamp on a page whose readers live in another zone, and a day written in the URL's slug.
 */
class ArticleDateSourcesTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String BODY = "<p>" + "Die Tourengeher trafen sich am frühen Morgen am Parkplatz und stiegen"
            + " gemeinsam zum Gipfel auf, wo der Wind kräftig blies. ".repeat(6) + "</p>";

    private static ExtractedArticle extract(String lang, String head, String article, String url) {
        String html = "<html lang='" + lang + "'><head>" + head + "</head><body><header><a href='/'>Home</a></header>"
                + "<main>" + article + "</main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, url), FETCHED);
    }

    @Test
    void readsTheTimeInTheArticlesOwnMetaColumnButNotInItsComments() {
        String meta = "<aside class='meta'><p><time datetime='2022-01-21'>21.01.2022 - 13:30</time></p></aside>";
        String comments = "<div class='comments'><p>Schön! <time datetime='2022-01-25'>25.01.2022</time></p></div>";
        ExtractedArticle own = extract("de", "", "<article><h1>Skitouren im Test</h1>" + meta + BODY + "</article>",
                "https://alpen.example/artikel/skitouren");
        ExtractedArticle onlyComment = extract("de", "", "<article><h1>Skitouren im Test</h1>" + BODY + comments
                + "</article>", "https://alpen.example/artikel/skitouren");

        assertThat(own.publishedLocal()).isEqualTo("2022-01-21");
        assertThat(onlyComment.publishedAt()).isNull();
    }

    @Test
    void takesNoDateFarAfterTheFetchAndAsksTheNextSource() {
        // a site builder's hidden placeholder date: no publication date, and not a reason to date the page today
        String placeholder = "<div class='hide'><div id='date-time' date='time'>November 20, 9999 7:00 PM</div></div>";
        String page = "<article><h1>Skitouren im Test</h1>" + placeholder + BODY + "</article>";
        ExtractedArticle undated = extract("en", "", page, "https://alpen.example/artikel/skitouren");
        ExtractedArticle urlDated = extract("en", "", page, "https://alpen.example/2022/01/21/skitouren");
        ExtractedArticle soon = extract("en", "<meta property='article:published_time' content='2026-12-01T09:00:00Z'>",
                "<article><h1>Skitouren im Test</h1>" + BODY + "</article>", "https://alpen.example/artikel/skitouren");

        assertThat(undated.publishedAt()).isNull();
        assertThat(urlDated.publishedLocal()).isEqualTo("2022-01-21");
        assertThat(soon.publishedAt()).isEqualTo(FETCHED); // hours ahead: a zone read wrongly, bounded to the fetch
    }

    @Test
    void neverTakesAnUpdateTimeOrARelatedItemsTimeFromTheArticle() {
        String updated = "<div class='sidebar'><p>Aktualisiert am <time datetime='2022-02-03'>3.2.2022</time></p>"
                + "</div>";
        String related = "<div class='sidebar'><a href='/b'>Anderer Artikel <time datetime='2022-01-02'>2.1.</time>"
                + "</a></div>";
        ExtractedArticle article = extract("de", "", "<article><h1>Skitouren im Test</h1>" + updated + related + BODY
                + "</article>", "https://alpen.example/artikel/skitouren");

        assertThat(article.publishedAt()).isNull();
    }

    @Test
    void readsAMetaNameFromTheRareListAndADateClassInTheArticlesSidebar() {
        ExtractedArticle meta = extract("en", "<meta name='published' content='July 17, 2025'>",
                "<article><h1>Data analysis tools</h1>" + BODY + "</article>", "https://blog.example/learn/tools");
        ExtractedArticle sidebar = extract("en", "", "<article><h1>Data analysis tools</h1><div class='sidebar'>"
                + "<h4>Published</h4><div class='single-post-date'>July 8, 2025</div></div>" + BODY + "</article>",
                "https://blog.example/learn/tools");

        assertThat(meta.publishedLocal()).isEqualTo("2025-07-17");
        assertThat(sidebar.publishedLocal()).isEqualTo("2025-07-08");
    }

    @Test
    void statesAUtcTimestampAtThePagesOwnZone() {
        String late = "<meta property='article:published_time' content='2021-11-04T23:00:00Z'>";
        String midnight = "<meta property='article:published_time' content='2021-11-05T00:00:00Z'>";
        ExtractedArticle german = extract("de", late,
                "<article><h1>Kommunalwahlen in Nordmazedonien</h1>" + BODY + "</article>", "https://st.example/a");
        // English is written from Los Angeles to Sydney: "en-US" names no zone to trust
        ExtractedArticle english = extract("en-US", late,
                "<article><h1>Local elections in North Macedonia</h1>" + BODY + "</article>", "https://fd.example/a");
        // midnight UTC is a day stored without its time
        ExtractedArticle day = extract("de", midnight,
                "<article><h1>Kommunalwahlen in Nordmazedonien</h1>" + BODY + "</article>", "https://st.example/a");

        assertThat(german.publishedLocal()).isEqualTo("2021-11-05T00:00:00+01:00");
        assertThat(german.publishedAt()).isEqualTo(Instant.parse("2021-11-04T23:00:00Z"));
        assertThat(english.publishedLocal()).isEqualTo("2021-11-04T23:00:00Z");
        assertThat(day.publishedLocal()).isEqualTo("2021-11-05T00:00:00Z");
    }

    @Test
    void readsABareLanguageInTheZoneOfTheCountryItsDomainNames() {
        String lateEvening = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2020-08-25T00:23:33Z\"}</script>";
        String article = "<article><h1>Pas d'autobus scolaires</h1>" + BODY + "</article>";
        ExtractedArticle canadian = extract("fr", lateEvening, article, "https://ici.radio.example.ca/nouvelle/1");
        ExtractedArticle french = extract("fr", lateEvening, article, "https://www.radio.example.fr/nouvelle/1");

        assertThat(canadian.publishedLocal()).isEqualTo("2020-08-24T20:23:33-04:00");
        assertThat(french.publishedLocal()).isEqualTo("2020-08-25T02:23:33+02:00");
        assertThat(DateWords.regional("fr", "www.example.com")).isEqualTo("fr");
        assertThat(DateWords.regional("fr-FR", "www.example.ca")).isEqualTo("fr-FR");
    }

    @Test
    void takesADayWrittenInTheSlugOnlyWhenThePageStatesNone() {
        ExtractedArticle slug = extract("de", "", "<article><h1>Gedenkstunde</h1>" + BODY + "</article>",
                "https://www.bund.example/texte/22/20220127-gedenkstunde.html");
        ExtractedArticle stated = extract("de", "<meta property='article:published_time' content='2022-01-26'>",
                "<article><h1>Gedenkstunde</h1>" + BODY + "</article>",
                "https://www.bund.example/texte/22/20220127-gedenkstunde.html");

        assertThat(slug.publishedLocal()).isEqualTo("2022-01-27");
        assertThat(stated.publishedLocal()).isEqualTo("2022-01-26");
    }

    @Test
    void takesTheDayInTheShareImagesPathOnlyWhenThePageStatesNone() {
        String image = "<meta property='og:image' content='https://news.example/assets/photos/2025/12/20/flood-1.jpg'>";
        String article = "<article><h1>Hochwasser im Tal</h1>" + BODY + "</article>";
        ExtractedArticle imageOnly = extract("de", image, article, "https://news.example/district/343604");
        ExtractedArticle stated = extract("de", image + "<meta property='article:published_time' content='2025-12-21'>",
                article, "https://news.example/district/343604");
        ExtractedArticle monthFolder = extract("de",
                "<meta property='og:image' content='https://blog.example/wp-content/uploads/2025/12/flood.jpg'>",
                article, "https://blog.example/hochwasser");

        assertThat(imageOnly.publishedLocal()).isEqualTo("2025-12-20");
        assertThat(stated.publishedLocal()).isEqualTo("2025-12-21");
        assertThat(monthFolder.publishedAt()).isNull();
    }

    @Test
    void readsTheDateBesideTheHeadlineTheDocumentTitleNamesWhenTheChosenHeadingShowsNone() {
        String html = "<html lang='en'><head><title>Ten rivers worth a walk | River Notes</title></head><body>"
                + "<div class='top'><h1 class='cat_title'>What we are reading</h1></div>"
                + "<div class='post'><h1>Ten rivers worth a walk</h1><p>January 22, 2014</p>" + BODY + "</div>"
                + "<div class='widget'><h1>Twitter Talk</h1><p>Follow us for more river walks.</p></div></body></html>";
        HeadlineArea widget = HeadlineArea.scan(Jsoup.parse(html), "Twitter Talk");
        HeadlineArea titled = HeadlineArea.datedOr(widget, Jsoup.parse(html), "Twitter Talk",
                "Ten rivers worth a walk | River Notes", List::of);

        assertThat(widget.dateTexts()).isEmpty();
        assertThat(titled.dateTexts()).containsExactly("January 22, 2014");
    }

    @Test
    void readsTheDateBesideTheHeadingAboveTheTextWhenTheTitleNamesOnlyTheSection() {
        String text = "Die Tourengeher trafen sich am frühen Morgen am Parkplatz und stiegen zum Gipfel auf. "
                .repeat(5);
        String html = "<html lang='de'><head><title>Aktuelles - Verband</title></head><body><main>"
                + "<div class='sidebar'><h2>Termine</h2></div><div class='news'>"
                + "<h2>Neue Levelpässe können ab sofort bestellt werden</h2><div class='newsHeader'><b>Sport</b><br>"
                + "<span class='blue'>01.02.2022</span> Kategorie: Verband</div><p>" + text + "</p></div></main>"
                + "<footer><h1>Quicklinks</h1><a href='/'>Start</a></footer></body></html>";
        HeadlineArea quicklinks = HeadlineArea.scan(Jsoup.parse(html), "Aktuelles - Verband");
        HeadlineArea above = HeadlineArea.datedOr(quicklinks, Jsoup.parse(html), "Aktuelles - Verband",
                "Aktuelles - Verband", () -> List.of(new BodyBlock(BlockKind.PARAGRAPH, text.strip())));

        assertThat(quicklinks.dated()).isFalse();
        assertThat(above.dateTexts()).containsExactly("Sport 01.02.2022 Kategorie: Verband");
    }

    @Test
    void readsTheDateOnThePagesOwnTeaserCardInTheNewsListBesideIt() {
        String list = "<div class='latest'><h3>Aktuell</h3>"
                + "<a href='/andere-meldung'><div class='teaser'><div>09.11.2021</div>"
                + "<h2>Andere Meldung</h2></div></a>"
                + "<a href='/menschenrechte-achten'><div class='teaser'><div>10.11.2021</div>"
                + "<h2>Menschenrechte achten</h2></div></a>"
                + "<a href='/menschenrechte-achten#kommentar-3'><div class='teaser'><span>08.11.2021</span>"
                + "<h4>Kommentar</h4></div></a></div>";
        String url = "https://verband.example/menschenrechte-achten";
        // a long text: the list is beyond what the headline area reads
        String article = "<article><h1>Menschenrechte achten</h1>" + BODY.repeat(5) + "</article>";
        ExtractedArticle own = extract("de", "", article + list, url);
        ExtractedArticle fragmentOnly = extract("de", "", article
                + list.replace("href='/menschenrechte-achten'>", "href='/andere'>"), url);

        assertThat(own.publishedLocal()).isEqualTo("2021-11-10");
        assertThat(fragmentOnly.publishedAt()).isNull();
    }

    @Test
    void readsTheDateBesideThePagesOwnTitleInARecentPostsList() {
        String recent = "<aside class='sidebar'><h3>Recent Posts</h3>"
                + "<div class='post-item'><h4><a href='/blog/other-post'>Another post</a></h4>"
                + "<time datetime='2025-11-20'>November 20, 2025</time></div>"
                + "<div class='post-item'><h4><a href='/blog/pixel-perfect'>Pixel-perfect interfaces</a></h4>"
                + "<time datetime='2025-12-02'>December 02, 2025</time></div></aside>";
        String url = "https://studio.example/blog/pixel-perfect";
        String article = "<article><h1>Pixel-perfect interfaces</h1>" + BODY.repeat(5) + "</article>";
        ExtractedArticle own = extract("en", "", article + recent, url);
        ExtractedArticle notListed = extract("en", "", article
                + recent.replace("/blog/pixel-perfect'", "/blog/third-post'"), url);

        assertThat(own.publishedLocal()).isEqualTo("2025-12-02");
        assertThat(notListed.publishedAt()).isNull();
    }

    @Test
    void takesTheRepublicationTheHeaderShowsAndTheLooseDateMetaStampsWithItsTime() {
        String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Wild goats\","
                + "\"datePublished\":\"2020-01-03T09:48:24Z\"}</script>";
        String article = "<article><h1>Wild goats</h1><p class='date'>Monday, 6 January 2020</p>"
                + BODY.repeat(3) + "</article>";
        String url = "https://magazine.example/environment/wild-goats";
        ExtractedArticle stamped = extract("en", ld + "<meta name='date' content='2020-01-06T09:22:36Z'>", article, url);
        ExtractedArticle issueDay = extract("en", ld + "<meta name='date' content='2020-01-06'>", article, url);

        assertThat(stamped.publishedLocal()).startsWith("2020-01-06");
        // a day alone names a print edition's issue day, which the header shows too: the declared time stands
        assertThat(issueDay.publishedLocal()).startsWith("2020-01-03");
    }

    @Test
    void findsTheHeadlineWhoseDashesAndQuotesAreTypesetApartFromTheTitle() {
        String html = "<html lang='de'><body><div class='page-header'>"
                + "<h2>Kolumne: Queer Royal - Über \"Drag\"</h2></div>"
                + "<div class='intro'><p><span class='datum'>31. Oktober 2023.</span> Ein Text.</p></div>" + BODY
                + "</body></html>";
        HeadlineArea area = HeadlineArea.scan(Jsoup.parse(html), "Kolumne: Queer Royal – Über „Drag“");

        assertThat(area.dateTexts()).containsExactly("31. Oktober 2023. Ein Text.");
    }

    @Test
    void readsLooseUrlDaysButNotIdsOrQueryStrings() {
        assertThat(UrlDay.loose("https://a.example/meldungen/29-10-2021")).contains(LocalDate.of(2021, 10, 29));
        assertThat(UrlDay.loose("https://a.example/artikel/bericht_vom_22.04.2020_x"))
                .contains(LocalDate.of(2020, 4, 22));
        assertThat(UrlDay.loose("https://a.example/20200428/meet-the-swede")).contains(LocalDate.of(2020, 4, 28));
        assertThat(UrlDay.loose("https://web.archive.org/web/20131110121040/http://b.example/x")).isEmpty();
        assertThat(UrlDay.loose("https://a.example/p/20201345/x")).isEmpty();
        assertThat(UrlDay.loose("https://a.example/x?id=20200428")).isEmpty();
        assertThat(UrlDay.loose("https://a.example/history/09-11-1989-mauerfall")).isEmpty();
    }
}
