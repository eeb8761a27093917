package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Site names and separators a headline element or a title keeps, and which are not part of the headline. */
class TitleSegmentsTest {

    @Test
    void cutsTheSiteNameAHeadingRepeatsFromTheSeoTitle() {
        String title = "Vehicle rental News and Reporting Coverage | WRAL";

        assertThat(TitleResolver.resolve(List.of(title), List.of(title), List.of(), title, List.of("WRAL.com")))
                .isEqualTo("Vehicle rental News and Reporting Coverage");
    }

    @Test
    void keepsASiteNameTheHeadingSetsAfterADash() {
        String title = "Wendi Weiner – The Writing Guru";

        assertThat(TitleResolver.resolve(List.of(title), List.of(title), List.of(), title, List.of("The Writing Guru")))
                .isEqualTo(title);
    }

    @Test
    void cutsTheSiteHostTheTitleOpensWithoutASeparator() {
        // the blog sets its host name in the h1 and before every post's name in the title, joined by a space
        assertThat(TitleResolver.resolve(List.of(), List.of("ridgeway.net"), List.of(), "ridgeway.net Notes on Tides",
                List.of("ridgeway")))
                .isEqualTo("Notes on Tides");
        // a library named like a host is the headline's first word on another site
        assertThat(SiteSegments.strip("socket.io Rooms Explained", List.of("ridgeway")))
                .isEqualTo("socket.io Rooms Explained");
    }

    @Test
    void dropsASeparatorLeftBeforeTheHeadline() {
        assertThat(TitleResolver.resolve(List.of(), List.of(), List.of(), "mediaarchitecture.de // » Jens Weber",
                List.of("mediaarchitecture")))
                .isEqualTo("Jens Weber");
    }

    @Test
    void keepsQuotationMarksThatOpenTheHeadline() {
        assertThat(SiteSegments.undecorated("»Reformstau lösen« – Stetter-Karp gewählt"))
                .isEqualTo("»Reformstau lösen« – Stetter-Karp gewählt");
        assertThat(SiteSegments.undecorated("Wer hat Angst vor dem – ?")).isEqualTo("Wer hat Angst vor dem – ?");
        assertThat(SiteSegments.undecorated("– Angsten vil øke")).isEqualTo("– Angsten vil øke");
    }

    private static final String BODY = "<p>" + "Ein Absatz mit genug Worten, damit die Seite als Artikel gilt. ".repeat(12)
            + "</p>";

    private static String title(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://blog.example/2024/05/post"),
                Instant.parse("2024-06-01T00:00:00Z")).title();
    }

    @Test
    void skipsTheSiteNameInAnH1LinkedToTheHomePage() {
        // a blog theme that sets the site's name in the h1 and every post's title in an h2
        String page = "<h1><a href='https://blog.example/'>Four Years Remaining</a></h1>"
                + "<h2><a href='/2024/05/post' rel='bookmark'>Interning of Small Integers in Python</a></h2>" + BODY;

        assertThat(title("<title>Four Years Remaining » Blog Archive » Interning of Small Integers in Python</title>",
                page)).isEqualTo("Interning of Small Integers in Python");
    }

    @Test
    void skipsTheSiteNameInAnH1LinkedToTheHomePageThroughAWebArchive() {
        // a page saved from the Wayback Machine: its links go through the archive
        String page = "<h1><a href='https://web.archive.org/web/20140226054445/http://blog.example/'>Zeit zum Reden</a>"
                + "</h1><h2><a href='https://web.archive.org/web/20140226054445/http://blog.example/2024/05/post'"
                + " rel='bookmark'>Weitere Digitalisierung der Kinos</a></h2>" + BODY;

        assertThat(title("<title>Zeit zum Reden » Blog Archiv » Weitere Digitalisierung der Kinos</title>", page))
                .isEqualTo("Weitere Digitalisierung der Kinos");
        assertThat(VisibleHeadline.isHomeLink("/web/20140226054445id_/http://blog.example/index.html")).isTrue();
        assertThat(VisibleHeadline.isHomeLink("https://web.archive.org/web/20140226054445/http://blog.example/2024/05/"))
                .isFalse();
    }

    @Test
    void cutsASiteNameThatHoldsSeparatorsItself() {
        String page = "<h1 class='site-title'><a href='/' rel='home'>2gewinnt | Kabarett | Satire</a></h1>"
                + "<h1 class='page-title'>Über uns</h1>" + BODY;
        String head = "<title>Über uns – 2gewinnt | Kabarett | Satire</title>"
                + "<meta property='og:site_name' content='2gewinnt | Kabarett | Satire'>";

        assertThat(title(head, page)).isEqualTo("Über uns");
        assertThat(SiteSegments.strip("Über uns – 2gewinnt | Kabarett | Satire", List.of("2gewinnt | kabarett | satire")))
                .isEqualTo("Über uns");
    }

    @Test
    void takesTheHeadlineATitleLeadsWithBeforeALongSiteName() {
        String page = "<h1 class='small'><a href='/blog/'>The Go Blog</a></h1><h1>Defer, Panic, and Recover</h1>" + BODY;
        String head = "<meta name='og:title' content='Defer, Panic, and Recover - The Go Programming Language'>";

        assertThat(title(head, page)).isEqualTo("Defer, Panic, and Recover");
    }

    @Test
    void prefersTheDocumentTitleToTheFirstOfSeveralWidgetHeadings() {
        String page = "<div class='post'><p>Top 10 Women Talking Sports</p>" + BODY + "</div>"
                + "<div class='sidebar'><h1>Twitter Talk</h1><h1>Popular Posts</h1></div>";

        assertThat(title("<title>Top 10 Women Talking Sports | Women Can Talk Sports</title>", page))
                .isEqualTo("Top 10 Women Talking Sports");
    }

    @Test
    void keepsTheOneVisibleHeadlineWordedUnlikeTheDocumentTitle() {
        assertThat(title("<title>Geschichte - St. Georgs Chorknaben Ulm</title>", "<h1>Chorgeschichte</h1>" + BODY))
                .isEqualTo("Chorgeschichte");
    }

    @Test
    void dropsAnOverlineTheDeclaredTitleSetsOffByADash() {
        // the h1 sets a topic line apart from the headline; og:title joins the two with a dash
        String head = "<meta property='og:title' content='Sommerfest in Ulm - Bühnen auf dem Marktplatz bleiben offen'>";
        String page = "<h1><span class='topic'>Sommerfest in Ulm</span> Bühnen auf dem Marktplatz bleiben offen</h1>";

        assertThat(title(head, page + BODY)).isEqualTo("Bühnen auf dem Marktplatz bleiben offen");
    }

    @Test
    void keepsADashedProductNumberAsPartOfTheHeadline() {
        String head = "<meta property='og:title' content='Staple Tee - 5001'>";

        assertThat(title(head, "<h1><span>Staple Tee</span> 5001</h1>" + BODY)).isEqualTo("Staple Tee 5001");
    }

    @Test
    void leavesButtonsHiddenMenusAndPermalinksOutOfTheHeadline() {
        assertThat(title("", "<h1>Module <span>parser</span>&nbsp;<button>Copy item path</button></h1>" + BODY))
                .isEqualTo("Module parser");
        assertThat(title("", "<h1>Installing the tools<a class='headerlink' href='#installing'>¶</a></h1>" + BODY))
                .isEqualTo("Installing the tools");
        assertThat(title("", "<h1>Access overview<div hidden><span>Save this page to a collection</span></div></h1>"
                + BODY)).isEqualTo("Access overview");
    }

    @Test
    void prefersTheHeadingADeclaredTitleAgreesWithToTheSectionTheDocumentTitleNames() {
        // a section heading "News" comes first, and the document title names only the section
        String headline = "Neue Messungen zeigen, wie Seen im Winter atmen";

        assertThat(TitleResolver.resolve(List.of(headline), List.of("News", headline), List.of(),
                "News - Institut für Gewässer", List.of("Institut für Gewässer")))
                .isEqualTo(headline);
    }

    @Test
    void cutsASiteNameAnEastAsianTitleSetsAfterItsHeadlineWithoutSpaces() {
        assertThat(SiteSegments.strip("市民公园的樱花今年提前一周盛开！-示例新闻网", List.of()))
                .isEqualTo("市民公园的樱花今年提前一周盛开！");
        assertThat(SiteSegments.strip("시민공원 벚꽃, 올해는 일주일 일찍 피었다-사회ㅣ예시일보", List.of()))
                .isEqualTo("시민공원 벚꽃, 올해는 일주일 일찍 피었다");
        // a range of years and a short title keep their dash
        assertThat(SiteSegments.strip("市民公园的樱花季 2024-2025", List.of())).isEqualTo("市民公园的樱花季 2024-2025");
        assertThat(SiteSegments.strip("樱花-新闻网", List.of())).isEqualTo("樱花-新闻网");
    }

    @Test
    void cutsATrailingSegmentOfAFewWordsThatStartsWithTheSitesName() {
        assertThat(SiteSegments.strip("Chain skips after the new cassette - Bikeparts's Forum", List.of("bikeparts")))
                .isEqualTo("Chain skips after the new cassette");
        // a longer segment, or a name too short to tell, stays
        assertThat(SiteSegments.strip("Chain skips - Bikeparts sells the new cassette", List.of("bikeparts")))
                .isEqualTo("Chain skips - Bikeparts sells the new cassette");
        assertThat(SiteSegments.strip("Chain skips after the new cassette - Bike Forum", List.of("bike")))
                .isEqualTo("Chain skips after the new cassette - Bike Forum");
        // the site's name must end a word: "Berliner" is not "Berlin" and a bit more
        assertThat(SiteSegments.strip("Gedenken an den Mauerfall - Berliner Mauer", List.of("berlin.de")))
                .isEqualTo("Gedenken an den Mauerfall - Berliner Mauer");
        assertThat(SiteSegments.strip("Chain skips after the new cassette - Bike Parts Forum", List.of("bikeparts")))
                .isEqualTo("Chain skips after the new cassette");
    }

    @Test
    void takesTheChapterHeadingBeforeTheBookNameTheTitleEndsWith() {
        // a documentation book: its name in the menu bar's h1, the chapter in an h2, both in the document title
        String page = "<div class='menu-bar'><h1 class='menu-title'>The Example Handbook</h1></div>"
                + "<main><h2>What Is a Widget?</h2>" + BODY + "</main>";

        assertThat(title("<title>What is a Widget? - The Example Handbook</title>", page))
                .isEqualTo("What Is a Widget?");
        // the other way round, a title that leads with the site's name keeps the heading it ends with
        assertThat(SiteSegments.shownTrailingName("Example News | Rain in Ulm",
                List.of("Example News", "Rain in Ulm"), List.of("example news"))).isNull();
    }

    @Test
    void cutsTheSectionABreadcrumbTitleNamesBeforeTheSite() {
        // forum software titles a thread "Topic / Forum / Board"
        assertThat(SiteSegments.strip("Which mirror should I use? / Installation Help / Example Forums",
                List.of("example"))).isEqualTo("Which mirror should I use?");
        // a headline's own second part has more words, or another separator than the site's
        assertThat(SiteSegments.strip("Bericht: Brand im Hafen | Feuerwehr bleibt vor Ort | Example", List.of("example")))
                .isEqualTo("Bericht: Brand im Hafen | Feuerwehr bleibt vor Ort");
        assertThat(SiteSegments.strip("Russia - Ukraine talks - Example", List.of("example")))
                .isEqualTo("Russia - Ukraine talks");
        assertThat(SiteSegments.strip("Best Bread Machines – My Favorites! | Example", List.of("example")))
                .isEqualTo("Best Bread Machines – My Favorites!");
    }

    @Test
    void takesTheH2ThatIsTheDocumentTitlesLastSegmentAfterTheSiteAndSection() {
        String page = "<div class='news'><h2>Die Events der letzten Zeit</h2>" + BODY + "</div>";

        assertThat(title("<title>Example Club e.V. - Neuigkeiten » Die Events der letzten Zeit</title>", page))
                .isEqualTo("Die Events der letzten Zeit");
    }
}
