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
    void takesTheOpeningSectionsOfAnArticleWhoseLaterSectionsNestDeeper() {
        String para = "<p>Podcast gear was expensive and technical, and I did not trust that I could tell which mic"
                + " sounded better, so I tested many of them, one after another, over ten years of recording.</p>";
        String nested = "<div class='wrap'><div class='content'><section>" + para.repeat(6) + "</section><section>"
                + para.replace("Podcast gear", "The boom arm").repeat(6) + "</section></div>"
                + "<div class='share'><a href='/share'>Share</a></div></div>";
        Document page = Jsoup.parse("<html><body><nav><a href='/'>Home</a></nav><article><hgroup><h1>Podcast"
                + " equipment</h1></hgroup><section>" + para.replace("Podcast gear", "The opening").repeat(3)
                + "</section><section><h2>What to look for</h2>" + para.replace("Podcast gear", "The second section").repeat(3)
                + "</section><h2>Beginners</h2>"
                + nested + "</article><footer><p>Related posts you may like</p></footer></body></html>",
                "https://pods.example/equipment");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).startsWith("The opening was expensive").contains("The second section was expensive",
                "Podcast gear was", "The boom arm was").doesNotContain("Related posts");
    }

    @Test
    void takesThePageBuilderModulesBesideTheOneThatHoldsTheBody() {
        // each part of the guide is a module (subheading, image, text); one part is an accordion of panels that
        // holds most of the page's text, and the conclusion's three paragraphs score best on their own; a module of
        // linked teasers is no part of the guide
        String part = "<p>%s heating is one option among several, and the choice depends on the house, the insulation,"
                + " the grid at hand and the budget of the owners.</p>";
        String panel = "<div class='panel'><div class='panel-title'>Option %d</div><div class='panel-body'><p>Option %d"
                + " is a heating system that has been in use for decades in many homes across the country and that"
                + " is known for being reliable and cheap to install for the owners who choose it, while its running"
                + " costs depend on the price of the fuel it burns and on how well the house keeps its warmth in"
                + " the winter months, which is why the choice should be made with a specialist.</p></div></div>";
        String end = "<p>In the end, %s, as the owners know, a mix of systems, old and new, big and small, will heat"
                + " the homes of the future, and no single system, however good, cheap, clean or quiet, fits all.</p>";
        StringBuilder panels = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            panels.append(panel.formatted(i, i));
        }
        String module = "<div class='outer'><div class='container'><div class='row textpic'><div class='head'>"
                + "<div class='headline'>%s</div></div><div class='pic'><img src='/%d.jpg'></div>"
                + "<div class='text'><div class='copy'>%s</div></div></div></div></div>";
        Document page = Jsoup.parse("<html><body><nav><a href='/'>Home</a></nav><h1>Which heating fits?</h1>"
                + "<div class='blog-text'>"
                + module.formatted("Gas", 1, part.formatted("Gas").repeat(3))
                + module.formatted("Oil", 2, part.formatted("Oil").repeat(3))
                + "<div class='outer'><div class='container'><div class='row teasers'><a href='/house'><p>Discover"
                + " the interactive house, a virtual tour through a typical home, and learn about its pipes.</p></a>"
                + "</div></div></div>"
                + "<div class='outer'><div class='container'><div class='row accordion'><div class='panel-group'>"
                + panels + "</div></div></div></div>"
                + module.formatted("What fits me?", 3, end.formatted("first") + end.formatted("second")
                        + end.formatted("third"))
                + "</div><footer><p>Contact us about our services</p></footer></body></html>",
                "https://heat.example/blog/which-heating");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("Gas heating is one option", "Oil heating is one option",
                "Option 6 is a heating system", "In the end, third").doesNotContain("Contact us", "Discover the");
    }

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

    @Test
    void takesThePageBuilderSectionsNotTheAuthorBoxBesideThem() {
        StringBuilder sections = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            // each paragraph five wrappers deep in its own section: no one container collects the paragraphs' scores
            sections.append("<div class='pb-section'><div class='pb-row'><div class='pb-column'><div class='pb-module'>")
                    .append("<div class='pb-inner'><h2>Trend number ").append(i).append("</h2><p>Trend ").append(i)
                    .append(" is shaping the cleaning trade this year as clients ask for greener products and flexible")
                    .append(" plans and well trained staff")
                    .append(".</p></div></div></div></div></div>");
        }
        String bio = "<p>Karina Cohen is the owner of a cleaning company, a former banker, a mother of two, a keen"
                + " gardener, a runner, a reader, a cook, and a writer on homes, habits, money, routines, and families,"
                + " in Denver, Colorado, year after year.</p>";
        Document page = Jsoup.parse("<html><body><h1>Keeping Your Home Spotless</h1><div class='post-sections'>"
                + sections + "</div><div class='post-extras'><div class='about'><div class='author-box'><div class='author-desc'>"
                + bio + bio.replace("Karina Cohen", "Cohen") + "</div></div>"
                + "<div class='share-line'><p>Share this post</p></div></div></div></body></html>", "https://maids.example/trends");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        for (int i = 0; i < 10; i++) {
            assertThat(body).contains("Trend " + i + " is shaping the cleaning trade");
        }
        assertThat(body).doesNotContain("former banker");
    }
}
