package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A question-and-answer page's author is its question's asker, not the editor or an answerer signed before. */
class QuestionAskerTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static String post(String text, String signature) {
        return "<div class='post'><p>" + text + "</p><div class='post-author'>" + signature + "</div></div>";
    }

    @Test
    void theAskerIsTheAuthorOfAQuestionPage() {
        String question = "How do I keep a terminal session open after the shell exits? I tried several settings of"
                + " the terminal emulator and none of them kept the window open once the command had finished. ";
        String answer = "Set the hold option in the configuration file; the window then stays open until you close"
                + " it yourself, which also shows you the exit status of the command that ran in it. ";
        String html = "<html><body><main><h1>Keep the terminal open</h1>"
                + post(question.repeat(2), "edited Jul 21, 2020 at 0:25 <a href='/u/1'>Greg Askew</a> 39.8k"
                        + " <span>gold badges</span></div><div class='post-author'>asked Aug 5, 2016 at 4:16"
                        + " <a href='/u/2'>ewok</a> 4,701 <span>18 gold badges</span>")
                + post(answer.repeat(2), "answered Sep 10, 2016 at 21:38 <a href='/u/3'>Seb Larsen</a> 440")
                + "</main></body></html>";

        ExtractedArticle article = new ArticleExtractor().extract(Jsoup.parse(html, "https://qa.example/q/1"), FETCHED);

        assertThat(article.authors()).containsExactly("ewok");
    }

    @Test
    void readsTheAskerBeforeTheReputationAndFromARecentDate() {
        assertThat(QuestionAsker.of(List.of("answered Jan 2 at 9:00 Ann Roe 12",
                "asked Oct 16, 2023 at 9:40 Eduardo Poças 111 silver badge11 bronze badge")))
                .containsExactly("Eduardo Poças");
        assertThat(QuestionAsker.of(List.of("asked 3 hours ago Jane Doe 51"))).containsExactly("Jane Doe");
        assertThat(QuestionAsker.of(List.of("asked Mar 26, 2019 at 16:18 user3080392 193 silver badges")))
                .containsExactly("user3080392");
        assertThat(QuestionAsker.of(List.of("Asked by many readers: what next?"))).isEmpty();
    }
}
