package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Markup that pages use for layout (lists, layout classes): the article must come out as paragraphs. */
class LayoutMarkupTest {

    private static final Instant FETCHED = Instant.parse("2025-12-20T10:00:00Z");

    private static String paragraphs(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("<p>Thousands of troops launched joint exercises on day ").append(i)
                    .append(", a week after the drills around the island, officials said on Tuesday, adding that the"
                            + " patrol boat sustained minor damage and nobody was hurt in the incident.</p>");
        }
        return text.toString();
    }

    @Test
    void anArticleSetInsideOneListItemIsExtracted() {
        Document page = Jsoup.parse("<html><body><div class='page'><ul><li class='left'><h1>Troops launch war games"
                + "</h1><div class='archives'>" + paragraphs(5) + "</div></li><li><a href='/a'>Share</a></li></ul>"
                + "</div></body></html>", "https://news.example/front/1");

        ExtractedArticle article = new ArticleExtractor().extract(page, FETCHED);

        assertThat(article.kind()).isNotEqualTo(PageKind.NOT_ARTICLE);
        assertThat(article.blocks()).filteredOn(block -> block.kind() == BlockKind.PARAGRAPH).hasSize(5);
    }

    @Test
    void anArticleInsideAHeadingLeftOpenIsExtracted() {
        // an old CMS leaves an <h4> open around the text: the parser nests the text's divs inside the heading
        Document page = Jsoup.parse("<html><body><h2 class='sub_tit'>Troops launch war games</h2><article><h4>"
                + "<div class='m_img1'><img src='/p.jpg'><div><span>Troops at the port.</span></div></div>"
                + "<div class='m_cont'>" + paragraphs(4).replace("<p>", "").replace("</p>", "<br><br>") + "</div>"
                + "</article></body></html>", "https://news.example/mnews.asp?pk_no=1");

        ExtractedArticle article = new ArticleExtractor().extract(page, FETCHED);

        assertThat(article.kind()).isNotEqualTo(PageKind.NOT_ARTICLE);
        assertThat(article.body()).contains("launched joint exercises on day 0").contains("on day 3");
    }

    @Test
    void aTextInsideADefinitionListWrapperIsExtracted() {
        Document page = Jsoup.parse("<html><body><div id='article'><h1>Micropolitics</h1><dl><div><dd><div>"
                + paragraphs(4).replace("<p>", "").replace("</p>", "<br><br>") + "</div></dd></div></dl></div>"
                + "</body></html>", "https://glossary.example/104/micropolitics");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("launched joint exercises on day 0").contains("on day 3");
    }

    @Test
    void referenceEntriesSetInADefinitionListStayInTheBody() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            entries.append("<dt>merge").append(i).append("(first second)</dt><dd><p>Make a new sequence that returns the"
                    + " elements of the first input and then those of the second until both are used up. It is roughly"
                    + " the same as calling the step function on every element in order and keeping the results.</p>"
                    + "</dd>");
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            names.append("<li>tools.step").append(i).append("</li>");
        }
        Document page = Jsoup.parse("<html><body><div class='doc'><section><h2>Overview</h2>" + paragraphs(4)
                + "</section><section><h2>Functions</h2><dl>" + entries + "</dl></section><section><h2>Index</h2><ul>"
                + names + "</ul></section></div></body></html>", "https://docs.example/library/tools.html");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("launched joint exercises on day 0").contains("returns the elements of the first");
    }

    @Test
    void aListOfTeasersStaysOneListBlock() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            items.append("<li><div class='card'><h3><a href='/story-").append(i).append("'>Story number ").append(i)
                    .append(" about the climate</a></h3><div class='standfirst'>A short summary of the story about"
                            + " record heat and what it means for the power grids of southern Europe.</div></div></li>");
        }
        Document page = Jsoup.parse("<ul class='slice'>" + items + "</ul>", "https://news.example/tag/climate");

        assertThat(BlockCollector.collect(page.body())).extracting(CandidateBlock::kind).containsOnly(BlockKind.LIST);
    }

    @Test
    void aLayoutClassAroundTheMainLandmarkDoesNotHideIt() {
        Document page = Jsoup.parse("<html><body><header><h2>Zentrum am Berg eröffnet</h2></header>"
                + "<div class='container_wrap sidebar_right'><main class='content'><div class='entry'>" + paragraphs(3)
                + "</div></main><aside class='sidebar'><p>Archive</p></aside></div>" + "<div class='cookie-modal'>"
                + paragraphs(6).replace("troops", "cookies") + "</div></body></html>", "https://verband.example/2021/10/20/zentrum/");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("troops launched joint exercises on day 2").doesNotContain("Archive");
    }

    @Test
    void anAsideHoldingTheArticleIsRead() {
        Document page = Jsoup.parse("<html><body><main><aside class='pa direct-content'><section class='ar detail'>"
                + "<h1>Witzel erhält Buchpreis</h1>" + paragraphs(3) + "</section></aside>"
                + "<aside class='sidebar'><p>Most read: the weather</p></aside></main></body></html>",
                "https://zeitung.example/nachrichten_artikel,-buchpreis-_arid,133484.html");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("troops launched joint exercises on day 2").doesNotContain("Most read");
    }

    @Test
    void aTitlePushedIntoTheBodyByOutputBeforeTheDoctypeIsStillTheDocumentTitle() {
        Document page = Jsoup.parse("<br />\n<b>Warning</b>: mysql_get_server_info(): Access denied<br />\n"
                + "<!DOCTYPE html><html><head><title>Alles Neue macht der Mai | Bibliothek 2.0</title></head><body>"
                + "<svg><title>icon</title></svg><div class='post'>" + paragraphs(3) + "</div></body></html>",
                "https://bibliothek.example/2014/05/18/alles-neue/");

        ExtractedArticle article = new ArticleExtractor().extract(page, FETCHED);

        assertThat(page.title()).isEmpty();
        assertThat(article.title()).isEqualTo("Alles Neue macht der Mai");
    }

    @Test
    void aDataTableSetInAFigureIsBodyAndOnlyItsCaptionIsACaption() {
        Document page = Jsoup.parse("<html><body><article><h1>Largest insurers</h1>" + paragraphs(3)
                + "<figure class='wp-block-table'><table><tr><th>Rank</th><th>Group</th></tr>"
                + "<tr><td>1</td><td>State Farm Group</td></tr><tr><td>2</td><td>Berkshire Hathaway</td></tr></table>"
                + "<figcaption>Source: AM Best</figcaption></figure></article></body></html>", "https://insure.example/top");

        ExtractedArticle article = new ArticleExtractor().extract(page, FETCHED);

        assertThat(article.blocks()).filteredOn(block -> block.kind() == BlockKind.TABLE).singleElement()
                .satisfies(table -> assertThat(table.text()).contains("1 State Farm Group"));
        assertThat(article.body()).doesNotContain("AM Best");
        assertThat(article.captions()).contains("Source: AM Best");
    }

    @Test
    void aConsentLayersPolicyTextOutweighingAShortArticleIsNotTheBody() {
        StringBuilder policy = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            policy.append("<p>If you are a consumer in state ").append(i).append(", you have the right, at any time, to"
                    + " direct a business that sells your personal information to third parties not to sell it, and to"
                    + " ask which categories of information were collected about you in the past twelve months.</p>");
        }
        Document page = Jsoup.parse("<html><body><main><article><h1>Troops launch war games</h1>"
                + "<div class='article-body paywall-article'>" + paragraphs(4) + "</div></article></main>"
                + "<div id='onetrust-pc-sdk' class='ot-sdk-container'><h2>Privacy Preference Center</h2>"
                + "<div id='pc-policy-text'>" + policy + "</div></div></body></html>", "https://news.example/world/1");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("launched joint exercises on day 0").doesNotContain("personal information");
    }

    @Test
    void theNextStoryPreloadedBelowTheArticleIsNotItsBody() {
        String next = paragraphs(9).replace("Thousands of troops", "The football club").replace("drills", "matches");
        Document page = Jsoup.parse("<html><head><meta property='og:title' content='Troops launch war games'></head>"
                + "<body><main><article id='main-article'><h1>Troops launch war games</h1>" + paragraphs(4)
                + "</article><div class='under-article'><article id='second-article'><h1>Club names a new coach</h1>"
                + next + "</article></div></main></body></html>", "https://news.example/world/1");

        ExtractedArticle article = new ArticleExtractor().extract(page, FETCHED);

        assertThat(article.title()).isEqualTo("Troops launch war games");
        assertThat(article.body()).contains("Thousands of troops launched").doesNotContain("football club");
    }

    @Test
    void itemsOfANestedListComeOutOnceEach() {
        Document page = Jsoup.parse("<html><body><article><h1>Wine regions</h1>" + paragraphs(3)
                + "<ul><li>France<ul><li>Bordeaux: five red grapes are allowed, and most wines are a blend of them.</li>"
                + "<li>Burgundy: most wines are made from Pinot Noir or from Chardonnay alone.</li></ul></li>"
                + "<li>Italy<ul><li>Piedmont: the home of Nebbiolo, grown in the hills around Alba.</li></ul></li></ul>"
                + "</article></body></html>", "https://wine.example/regions");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("France\nBordeaux: five red grapes").contains("Italy\nPiedmont: the home");
        assertThat(body.split("Burgundy: most wines", -1)).hasSize(2);
    }

    @Test
    void aSecondCopyOfTheTextIsDroppedButARepeatedLineStays() {
        String follow = "<p>Follow me on Instagram or Facebook for a daily moment of travel inspiration</p>";
        String text = paragraphs(2) + follow + paragraphs(2).replace("day ", "night ") + follow;
        Document page = Jsoup.parse("<html><body><article><h1>Troops launch war games</h1><div class='content'>"
                + "<div class='for-wide-screens'>" + text + "<p>Thanks for reading, and see you at the next stop on"
                + " the tour.</p></div><div class='for-narrow-screens'>" + text
                + "</div></div></article></body></html>", "https://news.example/world/1");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body.split("launched joint exercises on day 0", -1)).hasSize(2);
        assertThat(body.split("launched joint exercises on night 1", -1)).hasSize(2);
        assertThat(body.split("Follow me on Instagram", -1)).hasSize(3);
    }

    @Test
    void aQuoteSetInAFigureIsTextButAPullQuoteIsNot() {
        Document page = Jsoup.parse("<html><body><article><h1>Search in the age of answer engines</h1>" + paragraphs(3)
                + "<p>Our analyst put it plainly: the fundamentals of writing for readers have not changed.</p>"
                + "<figure class='quote'><blockquote><p>Ranking is no longer the goal; being the source the answer"
                + " cites is.</p></blockquote><figcaption>Jane Roe, head of search</figcaption></figure>"
                + "<figure class='pullquote'><blockquote>\u201cThe fundamentals of writing for readers have not"
                + " changed.\u201d</blockquote></figure>" + paragraphs(2).replace("day ", "night ")
                + "</article></body></html>", "https://search.example/blog/answer-engines");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("being the source the answer cites is.").doesNotContain("Jane Roe");
        assertThat(body.split("have not changed", -1)).hasSize(2);
    }

    @Test
    void bodyTextWrittenOutAsUtf8TwiceIsRepaired() {
        // what a CMS writes when it reads its UTF-8 as Latin-1 and encodes it again: "you’re" as "youâ\u0080\u0099re"
        String garbled = "Whether you\u00e2\u0080\u0099re a single parent or part of a team, make sure everyone"
                + " agrees on when the training starts and how each night of it will go.";
        Document page = Jsoup.parse("<html><body><article><h1>Toddlers in their own bed</h1><p>" + garbled + "</p>"
                + paragraphs(3) + "</article></body></html>", "https://baby.example/tips/own-bed");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("Whether you\u2019re a single parent").doesNotContain("\u00e2");
    }
}
