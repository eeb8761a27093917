package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Headline, date and author rules for what real pages set around their headline (kickers, labels in their own
 * element, datelines, two-digit years): each rule on a small page written for it.
 */
class HeaderMetadataTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String BODY = "<p>" + "Der Gemeinderat hat am Abend lange über den Haushalt beraten und"
            + " schließlich mit knapper Mehrheit zugestimmt. ".repeat(6) + "</p>";

    private static ExtractedArticle extract(String lang, String head, String header, String body) {
        String html = "<html lang='" + lang + "'><head>" + head + "</head><body><header><a href='/'>Home</a></header>"
                + "<main><article><header>" + header + "</header>" + body + "</article></main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://news.example/a/story"), FETCHED);
    }

    private static ExtractedArticle extract(String lang, String head, String header) {
        return extract(lang, head, header, BODY);
    }

    @Test
    void keepsTheKickerTheDeclaredTitleSetsBeforeTheVisibleHeadline() {
        String h1 = "<h1><span class='kicker'>Akkutechnik</span> <span>Hat Quantumscape genug Akkus gebaut?</span></h1>";
        ExtractedArticle withKicker = extract("de", "<meta property='og:title' content='Akkutechnik: Hat Quantumscape"
                + " genug Akkus gebaut?'>", h1);
        ExtractedArticle without = extract("de", "<meta property='og:title' content='Hat Quantumscape genug Akkus"
                + " gebaut?'>", h1);
        ExtractedArticle longerSentence = extract("de", "<meta property='og:title' content='Warum die Welt fragt,"
                + " wie es weitergeht: Hat Quantumscape genug Akkus gebaut?'>", h1);

        assertThat(withKicker.title()).isEqualTo("Akkutechnik: Hat Quantumscape genug Akkus gebaut?");
        assertThat(without.title()).isEqualTo("Hat Quantumscape genug Akkus gebaut?");
        assertThat(longerSentence.title()).isEqualTo("Hat Quantumscape genug Akkus gebaut?");
    }

    @Test
    void leavesOutAKickerTheHeadlineElementDoesNotShow() {
        ExtractedArticle article = extract("de", "<meta property='og:title' content='Kenia: Nairobi von unten'>",
                "<p>Schwerpunkt Kenia</p><h1>Nairobi von unten</h1>");

        assertThat(article.title()).isEqualTo("Nairobi von unten");
    }

    @Test
    void takesTheDateOfAJsonLdWebPageWhenNoArticleNodeIsDeclared() {
        ExtractedArticle article = extract("en", "<script type='application/ld+json'>{\"@graph\":[{\"@type\":"
                + "\"WebPage\",\"datePublished\":\"2024-03-17T19:47:39+00:00\",\"dateModified\":\"2024-05-01T10:00:00+00:00\"}]}"
                + "</script>", "<h1>Language learning apps compared</h1>");

        assertThat(article.publishedLocal()).isEqualTo("2024-03-17T19:47:39Z");
        assertThat(article.modifiedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void readsDayFirstDatesWithATwoDigitYear() {
        ExtractedArticle article = extract("de", "", "<h1>Grab-Bote gestartet</h1>"
                + "<div class='article-meta-wrapper'> Von: Björn Jahner <span>|</span> <span>31.10.23</span></div>");

        assertThat(article.publishedLocal()).isEqualTo("2023-10-31");
        assertThat(article.authors()).containsExactly("Björn Jahner");
    }

    @Test
    void aDateLineSetInPartsEndsWithItsAuthor() {
        ExtractedArticle article = extract("en", "", "<h1>Mission accomplished</h1><div class='meta'><span>2025-12-17"
                + "</span><span>·</span><a href='/'><img src='/i.png'><div>Trude Tangen</div></a></div>");

        assertThat(article.authors()).containsExactly("Trude Tangen");
    }

    @Test
    void aDateLineOpeningWithANameGivesItsAuthor() {
        ExtractedArticle article = extract("tr", "", "<h1>Şarj istasyonu sayısı arttı</h1><div class='row'><span>"
                + "Selin Kaya &nbsp;|</span> <span class='tarih'>05.04.2025 - Güncelleme : 05.04.2025</span></div>");

        assertThat(article.authors()).containsExactly("Selin Kaya");
    }

    @Test
    void readsLabelsSetInTheirOwnElementApartFromTheirValues() {
        ExtractedArticle article = extract("en", "", "<h1>What to look for in 2025</h1><div class='row'>"
                + "<div><p>Last updated</p><time>Aug 04, 2025</time></div>"
                + "<div><p>Written by</p><p>Edzel Tabing</p></div></div>");

        assertThat(article.authors()).containsExactly("Edzel Tabing");
        assertThat(article.publishedAt()).isNull(); // the only date is the update's
    }

    @Test
    void readsTheDateAParagraphOpensWith() {
        ExtractedArticle dash = extract("de", "", "<h1>Gedenken an die Verfolgten</h1><p>Von Claudia Lindner</p>",
                "<p>27.1.2022 - Bei der Erinnerung an die Verfolgten des Nationalsozialismus wurde auch an die"
                        + " Menschen erinnert, deren Geschichte lange niemand erzählt hat.</p>" + BODY);
        ExtractedArticle parenthesis = extract("de", "", "<h1>Entlastungen auf einen Blick</h1>",
                "<p>(21. November 2022) Energieverbraucher erhalten eine Preisbremse, doch viele wissen nicht, welche"
                        + " Rechte sie gegenüber ihrem Versorger haben.</p>" + BODY);

        assertThat(dash.publishedLocal()).isEqualTo("2022-01-27");
        assertThat(dash.authors()).containsExactly("Claudia Lindner");
        assertThat(parenthesis.publishedLocal()).isEqualTo("2022-11-21");
    }

    @Test
    void readsADateSetInsideTheHeadline() {
        ExtractedArticle article = extract("de", "", "<h1><span class='supertitle'><time datetime='2022-02-01'>"
                + "1. Februar 2022</time></span> Bundesministerin besucht Wien</h1>");

        assertThat(article.publishedLocal()).isEqualTo("2022-02-01");
    }

    @Test
    void readsBylinesThatNameTheirPieceAndASecondCredit() {
        ExtractedArticle article = extract("de", "", "<h1>Leichter Sitz im Trab</h1>"
                + "<div class='metaInfo'>Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>");
        ExtractedArticle credits = extract("de", "", "<h1>Kunst und Essen in Leipzig</h1>"
                + "<p><em>Text von Christian Seiler Illustration von Markus Roost</em></p>");

        assertThat(article.authors()).containsExactly("Pamela Sladky");
        assertThat(article.publishedLocal()).isEqualTo("2022-01-27T12:45:00+01:00");
        assertThat(credits.authors()).containsExactly("Christian Seiler");
    }

    @Test
    void readsANameAfterALabelWithASeparatorBeforeIt() {
        ExtractedArticle article = extract("en", "", "<h1>What she finds when she follows</h1>"
                + "<div class='article_meta_info'><span class='screen-reader-text'>| By </span><span>Cara Stiles</span>"
                + " | <time>April 13, 2020</time></div>");

        assertThat(article.authors()).containsExactly("Cara Stiles");
        assertThat(article.publishedLocal()).isEqualTo("2020-04-13");
    }

    @Test
    void readsLabelledBylinesAndDatesAwayFromTheHeadline() {
        ExtractedArticle box = extract("en", "", "<h1>Why cheap SEO does not work</h1>", BODY
                + "<div class='about'><img src='/a.jpg'><p>Written by John Crenshaw</p></div>");
        ExtractedArticle labels = extract("de", "", "<h1>Der lange Weg zum Strom</h1>", BODY
                + "<div class='info'><h5>Datum: </h5>03.11.2021<br><h5>Autor: </h5>Peter Maahn/SP-X</div>");
        ExtractedArticle published = extract("en", "", "<h1>How to pick a retreat</h1>", BODY
                + "<div class='post-meta'><h4>Published</h4><div>July 8, 2025</div></div>");

        assertThat(box.authors()).containsExactly("John Crenshaw");
        assertThat(labels.authors()).containsExactly("Peter Maahn");
        assertThat(labels.publishedLocal()).isEqualTo("2021-11-03");
        assertThat(published.publishedLocal()).isEqualTo("2025-07-08");
    }

    @Test
    void neverTakesALabelledLineFromCommentsOrAnUpdateLabel() {
        ExtractedArticle article = extract("en", "", "<h1>How to pick a retreat</h1>", BODY
                + "<div class='post-meta'><h4>Last updated</h4><div>July 8, 2025</div></div>"
                + "<section class='comments'><p>Written by Jane Roe</p><p>Posted on July 9, 2025</p></section>");

        assertThat(article.authors()).isEmpty();
        assertThat(article.publishedAt()).isNull();
    }

    @Test
    void setsApartADateGluedToTheNameBeforeIt() {
        assertThat(BylineParser.names("By Jane DoeApril 28, 2023")).containsExactly("Jane Doe");
        assertThat(BylineParser.names("By April Ryan")).containsExactly("April Ryan");
        assertThat(BylineParser.names("Von Anna McDonald")).containsExactly("Anna McDonald");
    }

    @Test
    void cutsADeclaredTitleBeforeItsTaglineWhenThePageShowsNoHeadline() {
        String html = "<html lang='en'><head><meta property='og:title' content='Catering Tips for Small Events | Cookshack'>"
                + "</head><body><main>" + BODY + "</main></body></html>";
        ExtractedArticle article = new ArticleExtractor().extract(Jsoup.parse(html, "https://news.example/a"), FETCHED);
        String oneWordHead = TitleResolver.resolve(java.util.Arrays.asList("Jobs | Hacker News"), java.util.List.of(),
                java.util.List.of(), "", java.util.List.of());

        assertThat(article.title()).isEqualTo("Catering Tips for Small Events");
        assertThat(oneWordHead).isEqualTo("Jobs | Hacker News");
    }

    @Test
    void leavesOutASubtitleOrOverlineJoinedToTheHeadlineElement() {
        ExtractedArticle subtitle = extract("de", "<meta property='og:title' content='Tagesschau unterschlägt Demo in Essen'>",
                "<h1><span>Tagesschau unterschlägt Demo in Essen</span><br><small>Gebührenfinanzierte Verharmlosung</small></h1>");
        ExtractedArticle shortened = extract("en", "<meta property='og:title' content='We Help 4 Readers Find Solutions (Including'>",
                "<h1>We Help 4 Readers Find Solutions (Including One Universal Trick)</h1>");

        assertThat(subtitle.title()).isEqualTo("Tagesschau unterschlägt Demo in Essen");
        assertThat(shortened.title()).isEqualTo("We Help 4 Readers Find Solutions (Including One Universal Trick)");
    }

    @Test
    void readsANameThatEndsADateLine() {
        ExtractedArticle dash = extract("de", "", "<h1>Variablen und ihr Zuhause</h1><p class='meta'>11.12.2019 - Amelie Loevenich</p>");
        ExtractedArticle pipes = extract("de", "", "<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>"
                + "<h1>Stellungnahmen zum Turniersport</h1>");
        ExtractedArticle place = extract("de", "", "<h1>Variablen und ihr Zuhause</h1><p>11.12.2019 - Berlin und Umgebung</p>");

        assertThat(dash.authors()).containsExactly("Amelie Loevenich");
        assertThat(dash.publishedLocal()).isEqualTo("2019-12-11");
        assertThat(pipes.authors()).containsExactly("Uta Helkenberg");
        assertThat(place.authors()).isEmpty();
    }

    @Test
    void readsFrenchAndItalianAuthorLabelsAndContributorLines() {
        ExtractedArticle auteur = extract("fr", "", "<h1>Le ministre en visite</h1>", BODY
                + "<div class='block--authors'><span class='block__label'> Auteur: </span><a href='/anna'>Anna Kubišta</a></div>");
        ExtractedArticle contributors = extract("en", "", "<h1>Houseplants for low light</h1>", BODY
                + "<div class='tags'><div><strong>Contributors:</strong> Janet Loughrey</div></div>");

        assertThat(auteur.authors()).containsExactly("Anna Kubišta");
        assertThat(contributors.authors()).containsExactly("Janet Loughrey");
    }

    @Test
    void aHeaderClassNamingCommentsOnlyInsideAWordIsNoCommentSection() {
        HeadlineArea area = HeadlineArea.scan(Jsoup.parse("<article><h1>Haushalt beschlossen</h1><div class="
                + "'ArticleHeaderComment_publishDate'>12.03.2020, 14:05 Uhr</div><div class='article-comments'>"
                + "<p>Leser, 13.03.2020</p></div>" + BODY + "</article>"), "Haushalt beschlossen");

        assertThat(area.dateTexts()).containsExactly("12.03.2020, 14:05 Uhr");
    }
}
