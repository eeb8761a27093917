package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Bodies that a page sets in many containers: listicle items, page-builder widgets. */
class SpreadBodyTest {

    private static final Instant FETCHED = Instant.parse("2025-12-20T10:00:00Z");

    @Test
    void takesEveryItemOfAListicleNotOnlyTheLongest() {
        StringBuilder items = new StringBuilder();
        String[] games = {"Chit Chat", "Jungo", "Positano", "Magical Athlete", "Arcs"};
        for (int i = 0; i < games.length; i++) {
            items.append("<div class='field__item'><div class='list-item'><img src='/g").append(i).append(".jpg'>")
                    .append("<h2>").append(games[i]).append("</h2><div class='sub'>Published by Studio ").append(i)
                    .append("</div><div class='field-copy'><p>").append(games[i])
                    .append(" is a game about trading, building and bluffing, with a board that changes every round,"
                            + " cards that reward careful planning, and a finale that keeps everyone guessing until"
                            + " the very last turn of play number ").append(i).append(". Rounds are fast, each turn makes"
                            + " you think carefully, and the vibrant cards are a joy to handle. It is this year's choice"
                            + " for a quick play between rounds of something more complex").append(".".repeat(i + 1))
                    .append("</p></div></div></div>");
        }
        Document page = Jsoup.parse("<html><body><article><h1>The Best Board Games of 2025</h1>"
                + "<div class='field__items'>" + items + "</div></article></body></html>", "https://games.example/best");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        for (String game : games) {
            assertThat(body).contains(game + " is a game about trading");
        }
    }

    @Test
    void aPageBuilderWrapperIsNotFurniture() {
        Document page = Jsoup.parse("<div class='elementor-widget elementor-widget-theme-post-content'>x</div>"
                + "<div class='elementor-widget-sidebar'>y</div><div class='widget'>z</div>");

        assertThat(ClassTokens.names(page.selectFirst(".elementor-widget-theme-post-content"))).doesNotContain("widget");
        assertThat(ClassTokens.names(page.selectFirst(".elementor-widget-sidebar"))).contains("sidebar");
        assertThat(ClassTokens.names(page.selectFirst("div.widget"))).contains("widget");
    }
}
