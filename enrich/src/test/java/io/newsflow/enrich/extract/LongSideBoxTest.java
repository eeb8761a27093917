package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A side box (a sidebar's text widget, a popup) holding more of the page's text than the article the page declares:
 * the body is the declared article, not the longer box.
 */
class LongSideBoxTest {

    private static final Instant FETCHED = Instant.parse("2025-12-20T10:00:00Z");

    private static String paragraphs(String opening, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("<p>").append(opening).append(", said speaker number ").append(i).append(", and the group met")
                    .append(" in the square at noon, where people from several towns talked about the plans, the")
                    .append(" costs and the next steps, and answered questions from the crowd.</p>");
        }
        return text.toString();
    }

    @Test
    void readsThePagesOnlyArticleNotTheLongerSidebarWidget() {
        Document page = Jsoup.parse("<html><body><div id='container'><div id='content'><section class='post'>"
                + "<h1 class='post-title'>A demonstration in the capital</h1><article class='article'>"
                + paragraphs("The march began on time", 3) + "</article></section></div>"
                + "<section id='sidebar'><aside class='widget widget_text'><div class='textwidget'>"
                + paragraphs("Our programme says that freedom matters", 8) + "</div></aside></section></div>"
                + "</body></html>", "https://party.example/2013/demo");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("The march began on time").doesNotContain("Our programme says");
    }

    @Test
    void readsTheMainLandmarkNotTheLongerPopupBesideIt() {
        Document page = Jsoup.parse("<html><body><header><a href='/'>Home</a></header><main><article>"
                + "<h2>Investment conference opens</h2>" + paragraphs("Participants can expect talks", 4)
                + "</article></main><div class='pum pum-overlay'><div class='pum-content'>"
                + paragraphs("The officer training programme teaches cadets", 10) + "</div></div></body></html>",
                "https://news.example/investment");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("Participants can expect talks").doesNotContain("officer training");
    }
}
