package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Which of a page's headings and declared titles is its headline: each rule on a small page written for it. */
class HeadlineChoiceTest {

    private static final String BODY = "<p>" + "A paragraph with enough words for the page to count as an article. "
            .repeat(12) + "</p>";

    private static String title(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://garden.example/roses/care"),
                Instant.parse("2024-06-01T00:00:00Z")).title();
    }

    @Test
    void takesTheVisibleHeadlineThatAgreesWithTheDeclaredOneBeforeAnH2ContainingTheSocialTitle() {
        // the headline block is classed as the intro: the walk for page signals takes it as the lead, h1 and all
        String head = "<meta property='og:title' content='How to Care for Roses'>"
                + "<script type='application/ld+json'>{\"@type\":\"Article\","
                + "\"headline\":\"How to Care for Roses to Get the Best Blooms\"}</script>";
        String page = "<div class='intro'><h1>How to Care for Roses to Get the Best Blooms</h1></div>"
                + "<div class='body'><h2>How to Care for Roses in Vases</h2>" + BODY + "</div>";

        assertThat(title(head, page)).isEqualTo("How to Care for Roses to Get the Best Blooms");
    }

    @Test
    void takesTheDeclaredTitleASubheadingHoldsWithMoreWordsAroundIt() {
        // no h1: the h2 is a teaser line about the article, the declared title its headline
        String body = "<div class='body'><h2>An Intro to Wine Regions of the World</h2>" + BODY + "</div>";
        // a declared headline cut short is no headline: the subheading another declared title repeats whole is
        String cut = "<meta property='og:title' content='Wine Regions of the world and what they grow'>"
                + "<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"Wine Regions of the\"}"
                + "</script>";

        assertThat(title("<meta property='og:title' content='Wine Regions'>", body)).isEqualTo("Wine Regions");
        assertThat(title("<title>Wine Regions</title>", body)).isEqualTo("Wine Regions");
        String whole = "<div class='body'><h2>Wine Regions of the world and what they grow</h2>" + BODY + "</div>";
        assertThat(title(cut, whole))
                .isEqualTo("Wine Regions of the world and what they grow");
    }

    @Test
    void keepsTheArticleThatOpensTheVisibleHeadline() {
        // the social title drops the article; "The" is the headline's first word, not a kicker or an overline
        String head = "<meta property='og:title' content='Best Garden Hoses of 2026'>";

        assertThat(title(head, "<h1>The Best Garden Hoses of 2026</h1>" + BODY))
                .isEqualTo("The Best Garden Hoses of 2026");
        assertThat(title(head, "<h1>Ratgeber Best Garden Hoses of 2026</h1>" + BODY))
                .isEqualTo("Best Garden Hoses of 2026");
    }

    @Test
    void leavesRubyReadingsOutOfTheHeadline() {
        // furigana: each reading in <rt> is printed above its word, in <rp> parentheses where ruby is not supported
        String head = "<meta property='og:title' content='やさしいニュース|学校に新しい図書館ができる'>";
        String page = "<h1><ruby>学校<rp>(</rp><rt>がっこう</rt><rp>)</rp></ruby>に<ruby>新<rt>あたら</rt></ruby>しい"
                + "<ruby>図書館<rt>としょかん</rt></ruby>ができる</h1>";

        assertThat(title(head, page + BODY)).isEqualTo("学校に新しい図書館ができる");
    }

    @Test
    void leavesAScreenReaderLabelThatOpensTheHeadingOutOfTheHeadline() {
        // the label is kept off the screen for sighted readers; the shop's social title is worded otherwise
        String head = "<meta property='og:title' content='Shop Climbing Roses at Garden Example'>";
        String page = "<h1><span class='visually-hidden'>Collection: </span>Climbing Roses</h1>";

        assertThat(title(head, page + BODY)).isEqualTo("Climbing Roses");
        // a hidden separator between a kicker and the headline is no label: the headline reads on with it
        String kicked = "<h1><span class='kicker'>Gartenjahr</span><span class='sr-only'>: </span>"
                + "<span>Climbing Roses in the Shade</span></h1>";
        assertThat(title("<meta property='og:title' content='Gartenjahr: Climbing Roses in the Shade'>", kicked + BODY))
                .isEqualTo("Gartenjahr: Climbing Roses in the Shade");
    }

    @Test
    void takesNoHeadingKeptOffTheScreenWholeForTheHeadline() {
        // the screen readers' heading repeats the document title, its section and site segments included
        String titled = "<title>Pruning Climbing Roses in Spring | Garden Guides | Example Gardens</title>";
        String hidden = "<h1 class='sr-only'>Pruning Climbing Roses in Spring | Garden Guides | Example Gardens</h1>";
        assertThat(title(titled, hidden + BODY)).isEqualTo("Pruning Climbing Roses in Spring");
        // the visually-hidden utility written inline: the declared title stands
        String clipped = "<h1 style='position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)'>"
                + "Pruning Climbing Roses in Spring | Tools and Timing</h1>";
        assertThat(title("<meta property='og:title' content='Pruning Climbing Roses in Spring | Example Gardens'>",
                clipped + BODY)).isEqualTo("Pruning Climbing Roses in Spring");
        // hidden on a phone only: shown from the small breakpoint up, it is the headline
        String responsive = "<h1 class='sr-only sm:not-sr-only'>Pruning Climbing Roses in Spring: Tools and Timing</h1>";
        assertThat(title("<meta property='og:title' content='Pruning Climbing Roses in Spring'>", responsive + BODY))
                .isEqualTo("Pruning Climbing Roses in Spring: Tools and Timing");
    }

    @Test
    void leavesInvisibleLineBreakingMarksOutOfTheHeadline() {
        // a soft hyphen where a long word may break, a word joiner where a dash may not part from its word
        String page = "<h1>Neuer Rosen\u00adgarten im Stadtpark eröffnet: \u2060Endlich</h1>";

        assertThat(title("", page + BODY)).isEqualTo("Neuer Rosengarten im Stadtpark eröffnet: Endlich");
    }

    @Test
    void keepsTheKickerSetRightBeforeTheHeadlineWhenEveryDeclaredTitleJoinsIt() {
        // the kicker is a line of its own above the h1; the site's social and JSON-LD titles join the two with a colon
        String page = "<div class='topic'>Garden Show</div><h1>Roses Steal the Spotlight</h1>" + BODY;
        String joined = "<meta property='og:title' content='Garden Show: Roses Steal the Spotlight'>"
                + "<script type='application/ld+json'>{\"@type\":\"Article\","
                + "\"headline\":\"Garden Show: Roses Steal the Spotlight\"}</script>";

        assertThat(title(joined, page)).isEqualTo("Garden Show: Roses Steal the Spotlight");
        // a declared title without it says the headline is the h1 alone
        String apart = "<meta property='og:title' content='Roses Steal the Spotlight'>"
                + "<script type='application/ld+json'>{\"@type\":\"Article\","
                + "\"headline\":\"Garden Show: Roses Steal the Spotlight\"}</script>";
        assertThat(title(apart, page)).isEqualTo("Roses Steal the Spotlight");
    }

    @Test
    void keepsTheKickerTheHeadlineShowsAndTheDeclaredTitleJoinsToAShortHeadline() {
        // the headline alone is too short beside the declared title to agree with it; the h1 shows the kicker too
        String head = "<meta property='og:title' content='Haushaltsentwurf der Landesregierung: Kaum Spielraum'>";
        String page = "<h1><span class='kicker'>Haushaltsentwurf der Landesregierung:</span> Kaum Spielraum</h1>";

        assertThat(title(head, page + BODY)).isEqualTo("Haushaltsentwurf der Landesregierung: Kaum Spielraum");
    }

    @Test
    void dropsAnOverlineOfSixWordsAndItsSeparatorThatTheDocumentTitleLeavesOut() {
        // the h1 sets the overline as a line of its own with a colon after it; the document title is the headline alone
        String headline = "Schulen bleiben bis Ende Februar geöffnet";
        String h1 = "Mitteilung der Bildungs-, Kultur- und Sportdirektion : " + headline;

        assertThat(TitleResolver.resolve(List.of(), List.of(h1), List.of(), headline, List.of())).isEqualTo(headline);
    }
}
