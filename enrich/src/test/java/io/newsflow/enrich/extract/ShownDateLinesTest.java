package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Publication dates a page shows as text where the header scans used to miss them: in a byline block's own text
 * beside its children, under a "Published" label in the article template's sidebar, next to a headline set in an
 * {@code <h3>} or beside the page's one {@code <h1>}. Each page is written for its rule and declares no date in its
 * markup.
 */
class ShownDateLinesTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String BODY = "<p>" + ("The council debated the budget late into the evening and in the end"
            + " approved it by a narrow margin. ").repeat(6) + "</p>";

    private static ExtractedArticle extract(String lang, String head, String body) {
        String html = "<html lang='" + lang + "'><head>" + head + "</head><body><header><a href='/'>Home</a></header>"
                + "<main>" + body + "</main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://news.example/articles/budget-vote"), FETCHED);
    }

    @Test
    void readsTheDateABylineBlockWritesBetweenItsChildren() {
        // the block is too long to be a line (its rating widget), but its own words are the byline's date
        ExtractedArticle article = extract("de", "<title>Haushalt beschlossen</title>", "<div class='article'>"
                + "<h1>Haushalt beschlossen</h1><p>5343 mal gelesen</p><div class='author'>"
                + "<a href='/autoren/jana-muster/'>Jana Muster</a>, 21. Jan. 2015 <div class='rating'><span>"
                + "Haushalt beschlossen: so bewerten die Leserinnen und Leser diesen Beitrag über den Gemeinderat"
                + " und seine Sitzung</span></div></div>" + BODY + "</div>");

        assertThat(article.publishedLocal()).isEqualTo("2015-01-21");
    }

    @Test
    void readsAPublishedLabelInTheArticleSidebarButNotItsByline() {
        ExtractedArticle article = extract("en", "<title>Budget approved</title>", "<article><h1>Budget approved</h1>"
                + BODY + "</article><div class='single-post-sidebar'><div class='post-meta'><h4>Published</h4>"
                + "<div>July 8, 2025</div></div><div class='post-meta'><h4>Written by</h4><div>Sam Writer</div></div>"
                + "</div>");

        assertThat(article.publishedLocal()).isEqualTo("2025-07-08");
        assertThat(article.authors()).doesNotContain("Sam Writer");
    }

    @Test
    void keepsSkippingTheOtherForeignBoxesOfASidebar() {
        ExtractedArticle article = extract("en", "<title>Budget approved</title>", "<article><h1>Budget approved</h1>"
                + BODY + "</article><div class='sidebar related-posts'><h4>Published</h4><div>July 8, 2025</div></div>");

        assertThat(article.publishedLocal()).isNull();
    }

    @Test
    void readsTheDateBesideAHeadlineSetInAnH3() {
        ExtractedArticle article = extract("de", "<meta property='og:title' content='Pädophilie als politisches"
                + " Machtinstrument'>", "<div class='content'><div>Interview mit der Autorin</div>"
                + "<h3>Pädophilie als politisches Machtinstrument</h3><div><span>28. Jan. 2022</span>"
                + " <span class='author'>Paula Muster</span></div></div>" + BODY
                + "<section><h1>Newsletter</h1><p>Jeden Freitag die Woche im Überblick.</p></section>");

        assertThat(article.publishedLocal()).isEqualTo("2022-01-28");
    }

    @Test
    void readsTheDateBesideThePagesOneH1WhenTheTitlesSectionHeadingShowsNone() {
        // the declared title is repeated by an <h2> of the body, not by the headline
        ExtractedArticle article = extract("en", "<meta property='og:title' content='How Robot Vacuum Mapping Works'>",
                "<div class='hero'><h1>How Do Vacuum Robots with Mapping Find Their Way?</h1>"
                + "<h5><span>2024-11-06</span></h5></div>" + BODY + "<h2>How Robot Vacuum Mapping Works</h2>" + BODY);

        assertThat(article.publishedLocal()).isEqualTo("2024-11-06");
    }

    @Test
    void leavesTheFirstOfSeveralH1sUnreadForTheDate() {
        ExtractedArticle article = extract("en", "<meta property='og:title' content='How Robot Vacuum Mapping Works'>",
                "<div class='ticker'><h1>News</h1><p>Wednesday, 26.02.2020</p></div><h1>Robot vacuums</h1>" + BODY
                + "<h2>How Robot Vacuum Mapping Works</h2>" + BODY);

        assertThat(article.publishedLocal()).isNull();
    }

    @Test
    void readsADayFirstDateSpacedAfterItsDots() {
        ExtractedArticle article = extract("de", "<title>Haushalt beschlossen</title>", "<article>"
                + "<h1>Haushalt beschlossen</h1><p>Von Jana Muster 4. 2. 2022.</p>" + BODY + "</article>");

        assertThat(article.publishedLocal()).isEqualTo("2022-02-04");
    }

    @Test
    void readsTheDateAnAuthorBoxSetsInTheLineAfterItsByline() {
        // the box follows a long text, beyond what the headline's area reads
        ExtractedArticle article = extract("en", "<title>Budget approved</title>", "<article><h1>Budget approved</h1>"
                + BODY.repeat(3) + "<div class='box'><p>Written by <a href='/team/sam'>Sam Writer</a></p>"
                + "<p>April 8, 2024</p></div></article>");

        assertThat(article.publishedLocal()).isEqualTo("2024-04-08");
    }

    @Test
    void leavesAnUpdateLineAfterABylineUnread() {
        ExtractedArticle article = extract("en", "<title>Budget approved</title>", "<article><h1>Budget approved</h1>"
                + BODY.repeat(3) + "<div class='box'><p>Written by <a href='/team/sam'>Sam Writer</a></p>"
                + "<p>Updated April 8, 2024</p></div></article>");

        assertThat(article.publishedLocal()).isNull();
    }
}
