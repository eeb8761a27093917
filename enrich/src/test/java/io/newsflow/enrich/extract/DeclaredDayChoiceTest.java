package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A page whose declared publication dates name different days (a republished article: JSON-LD keeps the first
 * day, Open Graph or Dublin Core has the new one): the day the header shows picks among them, and only among them.
 */
class DeclaredDayChoiceTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String BODY = "<p>" + ("Der Gemeinderat hat den Haushalt nach langer Debatte am späten Abend"
            + " mit knapper Mehrheit beschlossen. ").repeat(6) + "</p>";

    private static final String LD = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Haushalt beschlossen\",\"datePublished\":\"2021-12-06T14:36:00+01:00\"}</script>";

    /** The day the article was published again, in Open Graph only. */
    private static final String REPUBLISHED =
            "<meta property='article:published_time' content='2022-12-15T09:13:00+01:00'>";

    private static ExtractedArticle extract(String head, String shownDate) {
        String html = "<html lang='de'><head><title>Haushalt beschlossen</title>" + head + "</head><body>"
                + "<header><a href='/'>Home</a></header><main><article><h1>Haushalt beschlossen</h1>"
                + "<div class='info'>" + shownDate + "</div>" + BODY + "</article></main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://news.example/haushalt"), FETCHED);
    }

    @Test
    void takesTheDeclaredDayTheHeaderShows() {
        ExtractedArticle article = extract(LD + REPUBLISHED, "15.12.2022");

        assertThat(article.publishedLocal()).isEqualTo("2022-12-15T09:13:00+01:00");
    }

    @Test
    void keepsTheFirstDeclaredDayOverAnEarlierOneAHeaderTeaserShows() {
        // a teaser card under a heading taken for the headline: its <time> is another article's, older than this one
        ExtractedArticle article = extract(LD + REPUBLISHED.replace("2022-12-15T09:13:00", "2021-12-06T14:36:00"),
                "<time datetime='2019-10-21T10:03:38+02:00'>21.10.2019</time> · Gemeinderat tagt");

        assertThat(article.publishedLocal()).isEqualTo("2021-12-06T14:36:00+01:00");
    }

    @Test
    void aLiveBlogKeepsTheDayItWasOpenedThoughItsHeaderShowsTheLatestEntry() {
        String live = LD.replace("NewsArticle", "LiveBlogPosting");
        ExtractedArticle article = extract(live + REPUBLISHED, "15.12.2022");

        assertThat(article.publishedLocal()).isEqualTo("2021-12-06T14:36:00+01:00");
    }

    @Test
    void keepsTheFirstDeclaredDayWhenTheHeaderShowsNoneOfThem() {
        ExtractedArticle article = extract(LD + REPUBLISHED, "20.12.2022");

        assertThat(article.publishedLocal()).isEqualTo("2021-12-06T14:36:00+01:00");
    }

    @Test
    void keepsASingleDeclaredDayOverAnotherShownDay() {
        ExtractedArticle article = extract(LD, "15.12.2022");

        assertThat(article.publishedLocal()).isEqualTo("2021-12-06T14:36:00+01:00");
    }

    @Test
    void leavesTheDateOfAnEmbeddedPostBesideTheHeadlineUnread() {
        // an Instagram post quoted under the headline: its date is its poster's, not the article's
        ExtractedArticle article = extract(LD + "<meta property='article:published_time'"
                + " content='2021-04-21T09:00:00+02:00'>", "<blockquote class='instagram-media'><p>Heute endlich wieder"
                + " draußen unterwegs gewesen, mit der ganzen Familie und dem Hund, bei bestem Wetter am See.</p>"
                + "<p>Ein Beitrag geteilt von Jana Muster am 21.04.2021 um 4:47</p>"
                + "<time datetime='2021-04-21T11:47:18+00:00'>21.04.2021</time></blockquote>");

        assertThat(article.publishedLocal()).isEqualTo("2021-12-06T14:36:00+01:00");
    }

    @Test
    void leavesAThreadsLastPostLineUnread() {
        // a forum thread's header: its latest reply's date is no publication date
        ExtractedArticle article = extract(LD, "<span>Thread starter Jo</span> <span>last post by Kim <time"
                + " datetime='2022-01-18T13:35:10-0500'>Jan 18, 2022</time></span>");

        assertThat(article.publishedLocal()).isEqualTo("2021-12-06T14:36:00+01:00");
    }
}
