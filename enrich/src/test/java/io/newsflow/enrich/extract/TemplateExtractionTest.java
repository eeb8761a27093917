package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.metadata.TextStats;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same rules on page templates other than the seed article's. */
class TemplateExtractionTest {

    private static final Instant FETCHED_AT = Instant.parse("2024-09-01T00:00:00Z");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static ExtractedArticle extract(String page, String url, Instant fetchedAt) {
        return EXTRACTOR.extract(TestPages.page(page + "/page.html", url), fetchedAt);
    }

    @Test
    void readsTwoAuthorBylineAndStandfirstOfEnglishArticle() {
        ExtractedArticle article =
                extract("english-article", "https://www.daily-example.co.uk/local/2024/mar/04/x", FETCHED_AT);

        assertThat(article.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(article.title()).isEqualTo("Harbour bridge reopens after two-year repair");
        assertThat(article.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-03-04T10:30:00Z"));
        assertThat(article.declaredLanguage()).isEqualTo("en");
        assertThat(article.siteName()).isEqualTo("The Daily Example");
        assertThat(article.section()).isEqualTo("Local news");
        assertThat(article.tags()).containsExactly("Transport", "Infrastructure", "Local government");
        assertThat(article.leadImage()).isEqualTo(new LeadImage(
                "https://img.daily-example.co.uk/2024/03/bridge-1200.jpg",
                "Cars cross the harbour bridge for the first time since 2022.",
                "Sam Lee/Reuters"));
        assertThat(article.body()).startsWith("The city's oldest bridge reopened to traffic on Monday");
        assertThat(article.body()).endsWith("did not expect to win back quickly.");
        assertThat(article.blocks()).contains(
                new BodyBlock(BlockKind.HEADING, "Why the work took longer"),
                new BodyBlock(BlockKind.QUOTE, "We could have patched it and reopened last spring, but we would have"
                        + " been back here in five years."),
                new BodyBlock(BlockKind.LIST, "new steel cables on both spans\na wider cycle lane on the seaward side"
                        + "\nsensors that report strain in real time"));
        assertThat(article.body()).doesNotContain("Related:", "Sign up", "Most viewed", "Jane Doe", "Photograph");
        assertThat(article.agencyNote()).isNull();
    }

    @Test
    void splitsBrSeparatedDivTextIntoParagraphs() {
        ExtractedArticle article =
                extract("div-br-article", "http://www.lokalblatt-musterstadt.de/lokales/umgehung.html", FETCHED_AT);

        assertThat(article.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(article.title()).isEqualTo("Neue Umgehungsstraße freigegeben");
        assertThat(article.siteName()).isEqualTo("Lokalblatt Musterstadt");
        assertThat(article.authors()).containsExactly("Max Mustermann");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-02-10T07:15:00Z"));
        assertThat(article.agencyNote()).isEqualTo("dpa");
        assertThat(article.blocks()).extracting(BodyBlock::kind).containsExactly(
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH);
        assertThat(article.blocks().get(2).text()).isEqualTo("Kosten höher als geplant");
        assertThat(article.body()).startsWith("Nach drei Jahren Bauzeit");
        assertThat(article.body()).endsWith("mit breiteren Gehwegen und Tempo 30.");
        assertThat(article.body()).doesNotContain("Von Max", "Startseite", "Meistgelesen", "Scheunenbrand", "(dpa)");
    }

    @Test
    void takesDatesAuthorAndLanguageFromJsonLdAlone() {
        ExtractedArticle article =
                extract("jsonld-date-only", "https://www.journal-exemple.fr/planete/x.html", FETCHED_AT);

        assertThat(article.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-08-12T04:00:00Z"));
        assertThat(article.modifiedAt()).isEqualTo(Instant.parse("2024-08-13T16:00:00Z"));
        assertThat(article.authors()).containsExactly("Claire Dubois");
        assertThat(article.declaredLanguage()).isEqualTo("fr");
        assertThat(article.accessibleForFree()).isFalse();
        assertThat(article.siteName()).isEqualTo("Le Journal Exemple");
        assertThat(article.canonicalUrl())
                .isEqualTo("https://www.journal-exemple.fr/planete/2024/08/12/la-loire-a-son-plus-bas-niveau_123.html");
        assertThat(article.tags()).containsExactly("Sécheresse", "Loire", "Climat");
        assertThat(article.agencyNote()).isEqualTo("avec AFP");
        assertThat(article.body()).startsWith("Le débit du fleuve a atteint lundi");
        assertThat(article.body()).endsWith("limites de température de l'eau rejetée.");
        assertThat(article.body()).doesNotContain("cookies", "abonnés", "(avec AFP)");
    }

    @Test
    void neverReturnsADateAfterTheFetch() {
        Instant fetchedAt = Instant.parse("2024-08-12T12:00:00Z");
        ExtractedArticle article = extract("jsonld-date-only", "https://www.journal-exemple.fr/planete/x.html", fetchedAt);

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-08-12T04:00:00Z"));
        // declared modified 28 hours after the fetch: more than a day ahead is no date the page had when fetched
        assertThat(article.modifiedAt()).isNull();
    }

    @Test
    void rejectsSectionIndexAsTeaserList() {
        ExtractedArticle article = extract("section-index", "https://www.daily-example.co.uk/business", FETCHED_AT);

        assertThat(article.kind()).isEqualTo(PageKind.NOT_ARTICLE);
        assertThat(article.notArticleReason()).startsWith("listing: ");
    }

    @Test
    void rejectsPageWithoutArticleBody() {
        ExtractedArticle article = extract("consent-only", "https://www.nachrichten-beispiel.de/", FETCHED_AT);

        assertThat(article.kind()).isEqualTo(PageKind.NOT_ARTICLE);
        assertThat(article.notArticleReason()).isNotNull();
        assertThat(article.body()).doesNotContain("Cookies");
    }

    @Test
    void rejectsEmptyDocument() {
        ExtractedArticle article = EXTRACTOR.extract(PageParser.parse(new byte[0], null, "https://x.example/"), FETCHED_AT);

        assertThat(article.kind()).isEqualTo(PageKind.NOT_ARTICLE);
        assertThat(article.title()).isEmpty();
        assertThat(article.blocks()).isEmpty();
        assertThat(TextStats.of(article.body()).words()).isZero();
        assertThat(article.authors()).isEqualTo(List.of());
    }
}
