package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Pages whose text is set in "comment" containers: a forum thread's posts, a match's live commentary. */
class ThreadPagesTest {

    private static final Instant FETCHED = Instant.parse("2025-12-20T10:00:00Z");

    private static String post(String name, String text) {
        return "<div class='ForumComment'><div class='CommentAuthor'>" + name + "</div><div class='ForumCommentText'>"
                + text + "</div></div>";
    }

    /** A post whose paragraphs sit three levels below it, as forum software nests them. */
    private static String nestedPost(String name, String text) {
        return "<div class='thread-comment'><div class='post-meta'>" + name + "</div><div class='post-body'>"
                + "<div class='post-text'><p>" + text + "</p></div></div></div>";
    }

    /** A post whose user is marked as its author, as forum software marks every post's. */
    private static String userPost(String user, String text) {
        return "<div class='post'><div class='postprofile'><span class='author'>" + user + "</span></div><div"
                + " class='postbody'><p>" + text + "</p></div></div>";
    }

    @Test
    void aForumThreadWhosePostsAreCommentsIsItsOpeningPost() {
        // no single post holds most of the page's text, so none is protected as the main text
        Document page = Jsoup.parse("<html><body><nav><a href='/forum'>Forum</a></nav><main><h2>Printer stopped"
                + " working after the update</h2>"
                + post("anna", "Hello, since the last system update my printer does not print any more, although"
                        + " it shows up in the settings and the queue accepts the jobs.<br>I reinstalled the driver"
                        + " twice and restarted everything, without any change. The printer itself prints a test page from"
                        + " its own menu, so the hardware is fine. Does anyone have an idea what else I could try?")
                + post("ben", "Same here, the vendor has a fixed driver on its support page, that one worked for"
                        + " me after a restart.")
                + post("dora", "Did you check whether the printer got a new address on your network after the"
                        + " update? Mine did, and the old queue kept sending the jobs to the old address, so nothing"
                        + " ever arrived. Removing the printer and adding it again fixed it for me, it took two minutes"
                        + " and no driver at all.")
                + post("cleo", "Thanks, I will try the driver from the support page tonight and report back here,"
                        + " in case others with the same model run into this problem after updating.")
                + "</main><footer><p>All rights reserved, forum operator</p></footer></body></html>",
                "https://forum.example/thread/printer");

        ExtractedArticle article = new ArticleExtractor().extract(page, FETCHED);

        assertThat(article.notArticleReason()).isNull();
        assertThat(article.body()).contains("my printer does not print any more", "what else I could try");
    }

    @Test
    void aThreadIsAllItsPostsNotOnlyTheLongest() {
        // short replies without commas: the opening post alone scores best, and no ancestor gathers the replies
        Document page = Jsoup.parse("<html><body><main><h2>Printer stopped working after the update</h2>"
                + nestedPost("anna", "Hello, since the last system update my printer does not print any more, although"
                        + " it shows up in the settings and the queue accepts the jobs. I reinstalled the driver"
                        + " twice and restarted everything, without any change, and the printer prints a test page"
                        + " from its own menu, so the hardware is fine. Does anyone have an idea what else to try?")
                + nestedPost("ben", "Same here. The vendor has a fixed driver on its support page. That one worked for"
                        + " me after a restart and the queue has been fine for a week now.")
                + nestedPost("dora", "Check whether the printer got a new address on your network after the update. Mine"
                        + " did and the old queue kept sending the jobs to the old address.")
                + nestedPost("cleo", "Thanks! I will try both tonight and report back here in case others with the same"
                        + " model run into this problem after updating.")
                + "</main></body></html>", "https://forum.example/thread/printer");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("what else to try", "a fixed driver on its support page", "a new address",
                "report back here");
    }

    @Test
    void aThreadServedToCrawlersInNoscriptIsRead() {
        Document page = Jsoup.parse("<html><body><div id='app'></div><script>start()</script><noscript>"
                + "<div id='main-outlet'><h1>Deploy fails after the build passes</h1><div class='topic-body'>"
                + "<div class='post' itemprop='text'><p>All of a sudden the deployment of my site stopped working:"
                + " the build passes, but when it gets to the upload stage it is cancelled without any message.</p>"
                + "<p>I changed the runtime version in February when this happened before, and that fixed it for a"
                + " while, but now it is back and I am at a loss. Can anyone shed light on what may cause it?</p>"
                + "</div></div></div></noscript></body></html>", "https://answers.example/t/deploy-fails/117");

        ExtractedArticle article = new ArticleExtractor().extract(page, FETCHED);

        assertThat(article.notArticleReason()).isNull();
        assertThat(article.body()).contains("the build passes", "Can anyone shed light");
    }

    @Test
    void aLiveCommentaryInCommentContainersIsTheLiveBlog() {
        StringBuilder entries = new StringBuilder();
        String[] moves = {"The home side press high and win a corner, which comes to nothing.",
            "A long ball over the top finds the striker, whose shot goes just wide of the far post.",
            "Yellow card for the visiting captain, who pulled back his opponent in midfield.",
            "The keeper saves with his legs after a quick counter down the left wing.",
            "Full time: the match ends level after a nervous last ten minutes for both teams."};
        for (int i = 0; i < moves.length; i++) {
            entries.append("<div class='match-comment'><div class='match-comment-time'>").append(90 - i * 20)
                    .append("'</div><div class='match-comment-body'>").append(moves[i]).append("</div></div>");
        }
        Document page = Jsoup.parse("<html><head><meta property='og:type' content='article'></head><body>"
                + "<h1>Live: City against United</h1><div class='live-commentary'>" + entries + "</div>"
                + "</body></html>", "https://sport.example/live/city-united");

        ExtractedArticle article = new ArticleExtractor().extract(page, FETCHED);

        assertThat(article.notArticleReason()).isNull();
        assertThat(article.body()).contains("wide of the far post", "the match ends level");
    }

    @Test
    void readersCommentsBelowAnArticleStayOut() {
        String para = "<p>The council approved the new cycle lanes on Tuesday, after a long debate about parking,"
                + " deliveries and the safety of children on their way to school.</p>";
        Document page = Jsoup.parse("<html><head><meta property='og:type' content='article'></head><body>"
                + "<article><h1>Cycle lanes approved</h1>" + para.repeat(3) + "</article><div class='comments'>"
                + post("carl", "This is a waste of money, nobody cycles here in winter, and the shops will suffer.")
                + "</div></body></html>", "https://news.example/cycle-lanes");

        String body = new ArticleExtractor().extract(page, FETCHED).body();

        assertThat(body).contains("The council approved").doesNotContain("waste of money");
    }

    @Test
    void aThreadsOpenerIsCreditedByTheHandleItsFirstPostShows() {
        // each post's user is marked as its author; the opener signs with a handle, a reply further down with a full
        // name, which is not the thread's author
        StringBuilder posts = new StringBuilder(userPost("riverwatch",
                "Which of the new automatic movements do you expect to last longest, and which ones would you avoid"
                        + " for a daily wearer that sees some rough use on weekends and in the garden?"));
        String[][] replies = {{"Babylon Timer", "I would go for the older calibres, they have been serviced for decades."},
            {"tickfan", "The newer ones have longer service intervals, which matters more to me."},
            {"Quartzlover", "Honestly, a good quartz watch beats all of them for rough use."},
            {"m_engel", "Mine has run for twelve years without a service and still keeps good time."},
            {"deskdiver", "Depends on the brand's service network in your country more than on the movement."}};
        for (String[] reply : replies) {
            posts.append(userPost(reply[0], reply[1]));
        }
        Document page = Jsoup.parse("<html><body><main><h1>Most durable automatic movement?</h1>" + posts
                + "</main></body></html>", "https://forum.example/thread/movements");

        assertThat(new ArticleExtractor().extract(page, FETCHED).authors()).containsExactly("riverwatch");
    }
}
