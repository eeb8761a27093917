package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The heuristics added for dates, bylines, datelines, agency lines, furniture and class tokens. */
class ExtractionHeuristicsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void readsVisibleDatesInSeveralLanguages() {
        assertThat(DateTextParser.parse("Mittwoch, 23. Juli 2025", BERLIN)).contains(Instant.parse("2025-07-23T00:00:00Z"));
        assertThat(DateTextParser.parse("21.11.2024, 11:48 Uhr", BERLIN)).contains(Instant.parse("2024-11-21T10:48:00Z"));
        assertThat(DateTextParser.parse("July 26, 2023 at 9:41 pm", ZoneOffset.UTC))
                .contains(Instant.parse("2023-07-26T21:41:00Z"));
        assertThat(DateTextParser.parse("26 de julio de 2023", ZoneOffset.UTC)).contains(Instant.parse("2023-07-26T00:00:00Z"));
        assertThat(DateTextParser.parse("Publié le 4 août 2025 à 17h20", ZoneId.of("Europe/Paris")))
                .contains(Instant.parse("2025-08-04T15:20:00Z"));
        assertThat(DateTextParser.parse("2025年3月16日 12時11分", ZoneId.of("Asia/Tokyo")))
                .contains(Instant.parse("2025-03-16T03:11:00Z"));
        assertThat(DateTextParser.parse("31.02.2024", ZoneOffset.UTC)).isEmpty();
        assertThat(DateTextParser.parse("vor 2 Stunden", ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void readsDatesFromUrlsOnlyWithADay() {
        assertThat(UrlDay.strict("https://x.example/2024/05/17/story.html")).hasValueSatisfying(
                date -> assertThat(date.toString()).isEqualTo("2024-05-17"));
        assertThat(UrlDay.strict("https://x.example/2025-03/story")).isEmpty();
        assertThat(UrlDay.strict("https://x.example/2024/13/45/id")).isEmpty();
    }

    @Test
    void readsAUrlDayWrittenWithoutLeadingZerosOnlyBetweenSlashes() {
        assertThat(UrlDay.strict("https://x.example/blog/2017/7/2/summer-reading")).hasValueSatisfying(
                date -> assertThat(date.toString()).isEqualTo("2017-07-02"));
        // a month archive's post whose slug starts with a number names no day
        assertThat(UrlDay.strict("https://x.example/2019/10/5-things-to-know/")).isEmpty();
    }

    @Test
    void readsAUrlDayWhoseMonthIsWrittenAsAWord() {
        assertThat(UrlDay.strict("https://x.example/blog/2023/october/03/wine-styles/")).hasValueSatisfying(
                date -> assertThat(date.toString()).isEqualTo("2023-10-03"));
        assertThat(UrlDay.strict("https://x.example/education/2020/jan/20/story")).hasValueSatisfying(
                date -> assertThat(date.toString()).isEqualTo("2020-01-20"));
        assertThat(UrlDay.strict("https://x.example/2023/marketing/03/story")).isEmpty();
        assertThat(UrlDay.strict("https://x.example/2023/feb/30/story")).isEmpty();
    }

    @Test
    void picksTheZoneOfLocalTimesByDeclaredLanguage() {
        assertThat(DateWords.zoneFor("de-DE")).isEqualTo(BERLIN);
        assertThat(DateWords.zoneFor("en_GB")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(DateWords.zoneFor("en")).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void bylinesDropDesksAgenciesAndPrefixes() {
        assertThat(BylineParser.names("Eingestellt von Lena Hartmann")).containsExactly("Lena Hartmann");
        assertThat(BylineParser.names("Berichterstattung: Redaktion Bayern")).isEmpty();
        assertThat(BylineParser.structuredNames("EFE")).isEmpty();
        assertThat(BylineParser.structuredNames("李静")).containsExactly("李静");
        assertThat(BylineParser.structuredNames("محمد السيد")).containsExactly("محمد السيد");
        assertThat(BylineParser.structuredNames("Jane Doe, Berlin")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("By TOM HARRIS FOR MAILONLINE")).containsExactly("Tom Harris");
        assertThat(BylineParser.titleCaseIfShouted("JEAN-LUC O'NEILL")).isEqualTo("Jean-Luc O'neill");
    }

    @Test
    void findsDatelinesAndTheirAgencies() {
        assertThat(Dateline.find(paragraphs("Frankfurt/Main (dpa) – Die Maschinenbauer melden weniger Aufträge.")))
                .contains(new Dateline("Frankfurt/Main", List.of("dpa")));
        assertThat(Dateline.find(paragraphs("WASHINGTON — A federal judge blocked the rule.")))
                .contains(new Dateline("WASHINGTON", List.of()));
        assertThat(Dateline.find(paragraphs("Die Regierung – so heißt es – plant neue Regeln."))).isEmpty();
    }

    @Test
    void splitsWholeLineAgencyNotes() {
        assertThat(AgencyNote.find("dpa-AFX/ndr/bre")).contains(new AgencyNote("dpa-AFX/ndr/bre", ""));
        assertThat(AgencyNote.agencies("dpa-AFX/ndr/bre")).containsExactly("dpa-AFX");
        assertThat(AgencyNote.find("Reinhardt/Berlin")).isEmpty();
    }

    @Test
    void recognisesFurnitureLines() {
        assertThat(FurnitureRules.isFurniture("Lokalsport › Fußball › Kreisliga")).isTrue();
        assertThat(FurnitureRules.isFurniture("Stand: 02.06.2025 05:00 Uhr")).isTrue();
        assertThat(FurnitureRules.isFurniture("- Werbung -")).isTrue();
        assertThat(FurnitureRules.isFurniture("Am 2. Juni 2025 beschloss der Rat nach langer Debatte den Haushalt.")).isFalse();
    }

    @Test
    void splitsCamelCaseClassNames() {
        assertThat(ClassTokens.of(Jsoup.parse("<p class='atc-IntroText'>x</p>").selectFirst("p")))
                .contains("atc", "introtext", "intro", "text");
    }

    @Test
    void aBemElementThatIsItsBlocksTextOrLayoutIsNamedByThatPartAlone() {
        assertThat(ClassTokens.names(Jsoup.parse("<div class='sidebar-grid__content'>x</div>").selectFirst("div")))
                .contains("content").doesNotContain("sidebar");
        assertThat(ClassTokens.names(Jsoup.parse("<div class='sidebar-grid__container__3ypuX'>x</div>")
                .selectFirst("div"))).contains("container").doesNotContain("sidebar");
        assertThat(ClassTokens.names(Jsoup.parse("<span class='c-ad__label'>x</span>").selectFirst("span")))
                .contains("ad");
        assertThat(ClassTokens.names(Jsoup.parse("<p class='signup-inline__blurb'>x</p>").selectFirst("p")))
                .contains("signup");
    }

    @Test
    void anArticleContinuedInSiblingContainersOfASidebarLayoutIsReadWhole() {
        String part = "<p>Thousands of troops launched joint exercises a week after the drills around the island, officials"
                + " said on Tuesday, adding that the patrol boat sustained minor damage and nobody was hurt.</p>";
        String html = "<html><body><article><h1>Troops launch war games</h1>"
                + "<div class='sidebar-grid__container'><div class='sidebar-grid__content'>" + part + part + "</div>"
                + "<aside class='sidebar-grid__sidebar'><a href='/x'>Most read</a></aside></div>"
                + "<div class='ad'>Advertisement</div>"
                + "<div class='sidebar-grid__container'><div class='sidebar-grid__content'>" + part.replace("Tuesday",
                        "Wednesday") + part.replace("Tuesday", "Wednesday") + "</div></div></article></body></html>";
        ExtractedArticle article = new ArticleExtractor()
                .extract(Jsoup.parse(html, "https://x.example/a.html"), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(article.body()).contains("on Tuesday").contains("on Wednesday").doesNotContain("Most read");
    }

    @Test
    void leadImageCaptionComesOnlyFromTheFigureShowingIt() {
        String html = "<html><head><meta property='og:image' content='https://x.example/img/lead-1200.jpg'></head><body>"
                + "<figure><img src='/img/other.jpg'><figcaption>Another picture</figcaption></figure>"
                + "<figure><img src='/img/lead-640.jpg'><figcaption>The lead picture. Foto: Jane Roe</figcaption></figure>"
                + "</body></html>";
        ExtractedArticle article = new ArticleExtractor()
                .extract(Jsoup.parse(html, "https://x.example/a.html"), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(article.leadImage()).isEqualTo(
                new LeadImage("https://x.example/img/lead-1200.jpg", "The lead picture.", "Jane Roe"));
    }

    @Test
    void aRelaxedSecondPassFindsTextHiddenByBlandClassNames() {
        String sentence = "The council approved the budget after a long debate about schools, roads and housing. ";
        String html = "<html><head><meta property='og:type' content='article'></head><body><nav class='menu'>"
                + "<a href='/'>Home</a></nav><h1>Budget approved</h1>"
                + "<div class='promo-text hidden-print'><p>" + sentence.repeat(3) + "</p><p>" + sentence.repeat(3)
                + "</p></div><div class='share'>Share on social media</div></body></html>";
        ExtractedArticle article = new ArticleExtractor()
                .extract(Jsoup.parse(html, "https://x.example/a.html"), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(article.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(article.blocks()).hasSize(2);
        assertThat(article.body()).doesNotContain("Share on social media");
    }

    private static List<BodyBlock> paragraphs(String text) {
        return List.of(new BodyBlock(BlockKind.PARAGRAPH, text));
    }
}
