package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Sections of an article that scoring by paragraphs misses: lists of sentences, text around a picture, comments. */
class BodySectionsTest {

    private static final Instant FETCHED = Instant.parse("2025-12-20T10:00:00Z");

    private static final String PARAGRAPH = "<p>Planting herbs beside the vegetables keeps many pests away, attracts"
            + " the insects that eat them, and saves the gardener from spraying anything at all this season.</p>";

    private static ExtractedArticle extract(String html) {
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://garden.example/blog/pests"), FETCHED);
    }

    @Test
    void aSectionHoldingOnlyAListOfSentencesJoinsTheBody() {
        StringBuilder items = new StringBuilder();
        for (String herb : new String[] {"BASIL", "BORAGE", "CATNIP", "CHIVES", "DILL", "MINT"}) {
            items.append("<li><p>").append(herb).append(" - Repels flies, mosquitoes, beetles and whiteflies; plant it")
                    .append(" with your tomatoes, cucumbers and lettuce for healthy, tasty vegetables.</p></li>");
        }
        ExtractedArticle page = extract("<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/shop'>Shop"
                + "</a></li></ul></nav><article><h1>Herbs against pests</h1><div class='blocks'>"
                + "<div class='block text-block'>" + PARAGRAPH.repeat(5) + "</div>"
                + "<div class='block list-block'><p><strong>Herbs:</strong></p><ul>" + items + "</ul></div>"
                + "</div></article></body></html>");

        assertThat(page.body()).contains("Planting herbs", "BASIL - Repels flies", "MINT - Repels flies")
                .doesNotContain("Shop");
    }

    @Test
    void aListOfShortLinksBesideTheBodyStaysOut() {
        String links = "<ul><li><a href='/a'>Spring planting guide for beginners</a></li>"
                + "<li><a href='/b'>How to compost kitchen waste at home</a></li>"
                + "<li><a href='/c'>Ten shade plants for a north facing garden</a></li></ul>";
        ExtractedArticle page = extract("<html><body><article><h1>Herbs against pests</h1><div class='blocks'>"
                + "<div class='block text-block'>" + PARAGRAPH.repeat(5) + "</div>"
                + "<div class='block list-block'>" + links + "</div></div></article></body></html>");

        assertThat(page.body()).contains("Planting herbs").doesNotContain("Spring planting guide");
    }

    @Test
    void aListOfTeaserCardsBesideTheBodyStaysOut() {
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            cards.append("<li><article><h3><a href='/story").append(i).append("'>Story ").append(i).append("</a></h3>")
                    .append("<div class='summary'>The neighbours planted lavender, sage and thyme along the fence,")
                    .append(" and the aphids, beetles and whiteflies moved elsewhere within a single month.</div>")
                    .append("</article></li>");
        }
        ExtractedArticle page = extract("<html><body><article><h1>Herbs against pests</h1><div class='blocks'>"
                + "<div class='block text-block'>" + PARAGRAPH.repeat(5) + "</div>"
                + "<div class='more'><ul>" + cards + "</ul></div></div></article></body></html>");

        assertThat(page.body()).contains("Planting herbs").doesNotContain("The neighbours planted lavender");
    }

    @Test
    void theOneParagraphAroundAFloatedPictureIsTextNotACaption() {
        ExtractedArticle page = extract("<html><head><meta property='og:type' content='article'></head><body>"
                + "<article><h1>Prison official: anyone could escape</h1><div class='post-content'>"
                + "<p><img class='size-medium alignright' src='/logo.jpg' width='300'>A senior prison official has"
                + " said in a sworn affidavit that anyone with sufficient determination to escape from the island's"
                + " prison could do so.</p><div id='pay-barrier'></div></div></article></body></html>");

        assertThat(page.notArticleReason()).isNull();
        assertThat(page.body()).startsWith("A senior prison official has said");
    }

    @Test
    void aPictureWithItsCaptionBesideItIsStillACaption() {
        ExtractedArticle page = extract("<html><body><article><h1>Herbs against pests</h1>"
                + "<div class='picture'><img src='/basil.jpg'><p>Basil beside the tomatoes in the front bed.</p></div>"
                + "<div class='text'>" + PARAGRAPH.repeat(5) + "</div></article></body></html>");

        assertThat(page.body()).contains("Planting herbs").doesNotContain("Basil beside the tomatoes");
    }

    @Test
    void readersCommentsSetAsArticlesAreNotTheArticle() {
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            comments.append("<li class='comment'><article class='comment' id='comment-").append(i).append("'>")
                    .append("<footer>Reader ").append(i).append(" December 18, 2025</footer><div class='text'><p>")
                    .append("I liked the movie, though I went into it with very low expectations, as the posters made")
                    .append(" it clear it was going to be a loose adaptation of the novel, and so it was.</p></div>")
                    .append("</article></li>");
        }
        ExtractedArticle page = extract("<html><head><meta property='og:type' content='article'></head><body>"
                + "<div class='postarea'><h1>Comfort watches: day eighteen</h1>"
                + PARAGRAPH.repeat(4) + "<div class='comments-wrapper' id='comments'><ol class='commentlist'>"
                + comments + "</ol></div></div></body></html>");

        assertThat(page.body()).contains("Planting herbs").doesNotContain("I liked the movie");
    }

    @Test
    void aForumThreadKeepsItsReplies() {
        StringBuilder replies = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            replies.append("<li class='comment'><div class='comment-text'><p>Reply ").append(i).append(": I started")
                    .append(" when I was a student whose taste in furniture far exceeded my budget, so I built a")
                    .append(" bookcase, then a table, and never stopped.</p></div></li>");
        }
        ExtractedArticle page = extract("<html><head><meta property='og:type' content='website'></head><body>"
                + "<main><h1>Beginning woodworking</h1><p>How did you get into woodworking, and what did you build"
                + " first?</p><div class='comments' id='replies'><ol>" + replies + "</ol></div></main></body></html>");

        assertThat(page.body()).contains("Reply 0: I started", "Reply 7: I started");
    }

    @Test
    void aForumThreadWhosePostsAreSetAsCommentArticlesKeepsThem() {
        StringBuilder posts = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            posts.append("<article class='cPost ipsComment' id='comment-").append(i).append("'><aside><h3>Member ")
                    .append(i).append("</h3></aside><div class='ipsComment_content'><p>Post ").append(i)
                    .append(": I started when I was a student whose taste in furniture far exceeded my budget, so I")
                    .append(" built a bookcase, then a table, and never stopped.</p></div></article>");
        }
        ExtractedArticle page = extract("<html><head><meta property='og:type' content='website'></head><body>"
                + "<nav><a href='/'>Forums</a> <a href='/new'>New posts</a></nav><div class='ipsPageHeader'><h1>"
                + "Beginning woodworking</h1></div><div class='cTopic'>" + posts + "</div></body></html>");

        assertThat(page.body()).contains("Post 0: I started", "Post 5: I started");
    }
}
