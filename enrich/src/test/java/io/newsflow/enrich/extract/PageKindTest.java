package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The non-article verdicts and their reasons, on small pages built for each case. */
class PageKindTest {

    private static final String SENTENCE = "The council approved the budget after a long debate about roads. ";

    private static ExtractedArticle extract(String html) {
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://x.example/p.html"),
                Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void aLiveBlogDeclaredInJsonLdIsKeptAsALiveBlog() {
        ExtractedArticle page = extract("<html><head><script type='application/ld+json'>"
                + "{\"@type\":\"LiveBlogPosting\",\"headline\":\"Floods live\"}</script></head><body><h1>Floods live</h1>"
                + "<p>" + SENTENCE.repeat(10) + "</p></body></html>");
        assertThat(page.kind()).isEqualTo(PageKind.LIVE_BLOG);
        assertThat(page.notArticleReason()).isNull();
    }

    @Test
    void aLiveTickerWithTimestampedEntriesIsKeptAsALiveBlogWithEveryEntry() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            entries.append("<div class='entry'><time datetime='2025-06-01T1").append(i).append(":00:00Z'>1")
                    .append(i).append(":00</time><p>").append(SENTENCE.repeat(2)).append("</p></div>");
        }
        ExtractedArticle page = extract("<html><body><div class='liveticker'><h1>Election night</h1>" + entries
                + "</div></body></html>");
        assertThat(page.kind()).isEqualTo(PageKind.LIVE_BLOG);
        // the entries are sibling sections: all of them are the body, each with its time
        assertThat(page.blocks()).filteredOn(block -> block.text().startsWith("The council")).hasSize(6);
        assertThat(page.blocks()).extracting(BodyBlock::text).contains("10:00", "15:00");
    }

    @Test
    void aDatedPostWithAFewSentencesIsShortNewsEvenWithoutDeclaringAnArticle() {
        String html = "<html><body><div id='content'><h1>Liked it</h1><p>" + SENTENCE.repeat(3)
                + "</p></div></body></html>";
        ExtractedArticle dated = new ArticleExtractor().extract(
                Jsoup.parse(html, "https://x.example/2011/09/11/liked-it/"), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(dated.kind()).isEqualTo(PageKind.SHORT_NEWS);
        // the same text on a page that states no date and declares nothing is no article
        assertThat(extract(html).notArticleReason()).startsWith("no article declared and 33 words");
    }

    @Test
    void aDatedPostToldInPicturesIsAPhotoStory() {
        StringBuilder figures = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            figures.append("<figure><img src='/g/").append(i).append(".jpg'></figure>");
        }
        String html = "<html><body><div class='post'><h1>Couture week</h1><p>" + SENTENCE.repeat(5) + "</p>" + figures
                + "</div></body></html>";
        ExtractedArticle dated = new ArticleExtractor().extract(
                Jsoup.parse(html, "https://x.example/2014/01/22/couture/"), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(dated.kind()).isEqualTo(PageKind.PHOTO_STORY);
        assertThat(extract(html).notArticleReason()).startsWith("gallery: 8 images");
    }

    @Test
    void aShortDatedPostToldAroundItsPicturesKeepsItsTextAsTheBody() {
        // text, picture, text, picture, text: under 300 characters, which a picture with its caption also is
        String html = "<html><body><div class='post'><h2><a href='https://x.example/2015/08/03/leo/'>Number two</a></h2>"
                + "<p>3 August 2015</p><div class='entry'><p>Some time ago Henry was born. A few days ago Leo made it too.</p>"
                + "<p><img src='/a.jpg' width='450'></p><p>This is how it looked when Henry saw the newcomer first:</p>"
                + "<p><img src='/b.jpg' width='450'></p><p>=)</p></div></div>"
                + "<form id='commentform'><p><input name='author'><label>Name (required)</label></p>"
                + "<p><input name='email'><label>E-mail (required, hidden to public)</label></p></form></body></html>";
        ExtractedArticle page = new ArticleExtractor().extract(
                Jsoup.parse(html, "https://x.example/2015/08/03/leo/"), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(page.kind()).isEqualTo(PageKind.SHORT_NEWS);
        assertThat(page.body()).contains("Leo made it too", "Henry saw the newcomer first");
        assertThat(page.captions()).isEmpty();
    }

    @Test
    void aGalleryOfPicturesWithLittleText() {
        StringBuilder figures = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            figures.append("<figure><img src='/g/").append(i).append(".jpg'><figcaption>Picture ").append(i)
                    .append("</figcaption></figure>");
        }
        ExtractedArticle page = extract("<html><body><h1>In pictures: the floods</h1><p>" + SENTENCE.repeat(5)
                + "</p>" + figures + "</body></html>");
        assertThat(page.kind()).isEqualTo(PageKind.NOT_ARTICLE);
        assertThat(page.notArticleReason()).startsWith("gallery: 8 images");
        assertThat(page.captions()).contains("Picture 0", "Picture 7");
        assertThat(page.body()).doesNotContain("Picture");
    }

    @Test
    void aVideoPageWithAShortSummary() {
        ExtractedArticle page = extract("<html><head><meta property='og:type' content='video.other'></head><body>"
                + "<h1>Watch: the floods</h1><video src='/v.mp4'></video><p>" + SENTENCE.repeat(6) + "</p></body></html>");
        assertThat(page.notArticleReason()).startsWith("video page");
    }

    @Test
    void anArticleWithAVideoAndLongTextIsStillAnArticle() {
        ExtractedArticle page = extract("<html><body><h1>Budget approved</h1><video src='/v.mp4'></video><p>"
                + SENTENCE.repeat(15) + "</p><p>" + SENTENCE.repeat(15) + "</p></body></html>");
        assertThat(page.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(page.notArticleReason()).isNull();
    }

    @Test
    void aTeaserCreditInsideALinkIsNotTheAuthorAndTheDateInTheAuthorBoxIsRead() {
        ExtractedArticle page = new ArticleExtractor().extract(Jsoup.parse("<html lang='es'><body><article>"
                + "<h1>Un titular</h1><div class='author-box'><div class='author-name'>Marta Gil Soler</div>"
                + "<span class='created-date'>13 de noviembre de 2024</span></div>"
                + "<p>" + SENTENCE.repeat(5) + "</p><div class='embed'><a href='/otra.html'><span>Otra noticia con"
                + " titular</span><span class='author'>Pere Roig</span></a></div><p>" + SENTENCE.repeat(5) + "</p>"
                + "</article></body></html>", "https://x.example/p.html"), Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(page.authors()).containsExactly("Marta Gil Soler");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-11-13T00:00:00Z"));
    }
}
