package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Headline, date and author sources of real pages: each rule on a small page written for it. */
class MetadataSourcesTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    /** Enough running text for the page to be an article. */
    private static final String BODY = "<p>" + "Der Gemeinderat hat am Abend lange über den Haushalt beraten und"
            + " schließlich mit knapper Mehrheit zugestimmt. ".repeat(6) + "</p>";

    private static ExtractedArticle extract(String html, String url) {
        Document page = Jsoup.parse(html, url);
        return new ArticleExtractor().extract(page, FETCHED);
    }

    private static String page(String lang, String head, String header) {
        return "<html lang='" + lang + "'><head>" + head + "</head><body><header><a href='/'>Home</a></header>"
                + "<main><article><header>" + header + "</header>" + BODY + "</article></main></body></html>";
    }

    @Test
    void readsTheDateShownBelowTheHeadlineInThePagesZone() {
        ExtractedArticle article = extract(page("de-DE", "<title>Haushalt beschlossen</title>",
                "<h1>Haushalt beschlossen</h1><div>Von Max Muster</div><div>23. Juli 2025, 14:30 Uhr</div>"),
                "https://zeitung.example/lokales/haushalt-beschlossen");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-07-23T12:30:00Z"));
        assertThat(article.publishedLocal()).isEqualTo("2025-07-23T14:30:00+02:00");
        assertThat(article.authors()).containsExactly("Max Muster");
    }

    @Test
    void keepsTheLocalDayAPageStatesWithItsOffset() {
        ExtractedArticle article = extract(page("es-ES",
                "<meta property='article:published_time' content='2026-07-10T00:50:17+02:00'>",
                "<h1>El pleno aprueba el presupuesto</h1>"), "https://diario.example/a");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-07-09T22:50:17Z"));
        assertThat(article.publishedLocal()).isEqualTo("2026-07-10T00:50:17+02:00");
    }

    @Test
    void neverTakesAnUpdateLineOrARelatedItemsDate() {
        ExtractedArticle article = extract("<html lang='de'><body><main><article><h1>Haushalt beschlossen</h1>"
                + "<p>Aktualisiert am 24.07.2025</p><p>Veröffentlicht am 22.07.2025</p>" + BODY
                + "<aside class='related'><h2>Mehr</h2><p>01.01.2025</p></aside></article></main></body></html>",
                "https://zeitung.example/a");

        assertThat(article.publishedLocal()).isEqualTo("2025-07-22");
    }

    @Test
    void readsNumericDatesInTheLocalesOrder() {
        String header = "<h1>Council passes the budget</h1><p>Posted 3/5/2025</p>";
        assertThat(extract(page("en-US", "", header), "https://news.example/a").publishedLocal()).isEqualTo("2025-03-05");
        assertThat(extract(page("en-GB", "", header), "https://news.example/a").publishedLocal()).isEqualTo("2025-05-03");
    }

    @Test
    void readsCitationMetaTags() {
        ExtractedArticle article = extract(page("en",
                "<meta name='citation_publication_date' content='2024/05/17'><meta name='citation_date' content='2024-05-17'>"
                        + "<meta name='citation_author' content='Tishby, Naftali'>",
                "<h1>The information bottleneck method</h1>"), "https://papers.example/a");

        assertThat(article.publishedLocal()).isEqualTo("2024-05-17");
        assertThat(article.authors()).isNotEmpty();
    }

    @Test
    void readsPlainBylineLinesAndStripsRoles() {
        ExtractedArticle article = extract(page("en", "",
                "<h1>Council passes the budget</h1><p>By Jane Doe | Staff Writer</p>"), "https://news.example/a");

        assertThat(article.authors()).containsExactly("Jane Doe");
        assertThat(BylineParser.structuredNames("Mike Marshall, Shipping Expert")).containsExactly("Mike Marshall");
        assertThat(BylineParser.names("Von Anna Schmidt, Redakteurin")).containsExactly("Anna Schmidt");
    }

    @Test
    void readsTheNameAfterAWrittenByLabelAndAuthorLinks() {
        assertThat(extract(page("en", "", "<h1>Council passes the budget</h1><p>Written by</p><p>Edzel Tabing</p>"),
                "https://news.example/a").authors()).containsExactly("Edzel Tabing");
        assertThat(extract(page("en", "", "<h1>Council passes the budget</h1><span><a href='/authors/trevor-jackins'>"
                + "Trevor Jackins</a></span>"), "https://news.example/a").authors()).containsExactly("Trevor Jackins");
        assertThat(extract(page("en", "<meta name='twitter:label1' content='Written by'>"
                + "<meta name='twitter:data1' content='Kristian Larsen'>", "<h1>Council passes the budget</h1>"),
                "https://news.example/a").authors()).containsExactly("Kristian Larsen");
    }

    @Test
    void keepsAuthorFieldNamesOfOneWordOrNamedLikeTheSite() {
        assertThat(extract(page("en", "<meta name='author' content='Krystyna'>", "<h1>Council passes the budget</h1>"),
                "https://news.example/a").authors()).containsExactly("Krystyna");
        assertThat(extract(page("en", "<meta property='og:site_name' content='Rick Steves'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":\"Rick Steves\"}</script>",
                "<h1>Do I need travel insurance?</h1>"), "https://news.example/a").authors()).containsExactly("Rick Steves");
    }

    @Test
    void creditsAnOrganisationOnlyWhenNoPersonIsGiven() {
        String orgOnly = "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"BBC News\"}}";
        String both = "{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Organization\",\"name\":\"BBC News\"},"
                + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]}";
        assertThat(extract(page("en", "<script type='application/ld+json'>" + orgOnly + "</script>",
                "<h1>Council passes the budget</h1>"), "https://news.example/a").authors()).containsExactly("BBC News");
        assertThat(extract(page("en", "<script type='application/ld+json'>" + both + "</script>",
                "<h1>Council passes the budget</h1>"), "https://news.example/a").authors()).containsExactly("Jane Doe");
    }

    @Test
    void prefersTheVisibleHeadlineToSocialTitles() {
        ExtractedArticle article = extract("<html lang='en'><head><title>Budget news - Example</title>"
                + "<meta property='og:title' content='You will not believe what the council did with the budget'></head>"
                + "<body><h1 class='logo'><a href='/'>Example News</a></h1><main><article>"
                + "<h1>Council passes the budget after a long night</h1>" + BODY + "</article></main>"
                + "<div class='modal'><h1 class='modal__title'>Save article</h1></div></body></html>",
                "https://news.example/a");

        assertThat(article.title()).isEqualTo("Council passes the budget after a long night");
    }

    @Test
    void aTimeIsNeverTheStartOfTheNextDate() {
        assertThat(DateTextParser.parseLocal("Veröffentlicht: 14.11.2026 Aktualisiert: 15.11.2026", ZoneId.of("Europe/Berlin"), false))
                .hasValueSatisfying(date -> assertThat(date.local()).isEqualTo("2026-11-14"));
    }

    @Test
    void followsJsonLdAuthorReferencesAndTheWebPagesDate() {
        String graph = "{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Council passes the budget\","
                + "\"author\":{\"@id\":\"https://news.example/#/schema/person/1\"}},"
                + "{\"@type\":\"WebPage\",\"datePublished\":\"2020-06-04T09:27:16+00:00\"},"
                + "{\"@type\":\"Person\",\"@id\":\"https://news.example/#/schema/person/1\",\"name\":\"Jane Doe\"}]}";
        ExtractedArticle article = extract(page("en", "<script type='application/ld+json'>" + graph + "</script>",
                "<h1>Council passes the budget</h1>"), "https://news.example/a");

        assertThat(article.authors()).containsExactly("Jane Doe");
        assertThat(article.publishedLocal()).isEqualTo("2020-06-04T09:27:16Z");
    }
}
