package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Extraction keeps nothing of a page once it returns. A stream thread extracts page after page; anything that holds on
 * to a page's tree past the call (jsoup's {@code :has} pools node iterators per thread, softly, pointing into the last
 * page searched) keeps the last page's whole DOM in the heap on every thread until the next page replaces it.
 */
class PageRetentionTest {

    // an undated article with a long text, and a news list beside it whose teaser cards are searched for its date
    private static final String PAGE = "<html lang='de'><body><header><a href='/'>Home</a></header><main>"
            + "<article><h1>Pegel sinken</h1>" + ("<p>" + "Der Fluss fiel über Nacht um zwei Meter, und die Straßen"
                    + " am Ufer sollen bis zum Wochenende wieder offen sein, sagte die Behörde. ".repeat(6)
                    + "</p>").repeat(5)
            + "</article><div class='latest'><h3>Aktuell</h3><a href='/pegel-sinken'><div class='teaser'>"
            + "<div>10.11.2021</div><h2>Pegel sinken</h2></div></a><a href='/andere'><div class='teaser'>"
            + "<div>09.11.2021</div><h2>Andere Meldung</h2></div></a></div></main></body></html>";

    @Test
    void noPartOfAnExtractedPageStaysReachable() throws InterruptedException {
        WeakReference<Document> extracted = extractAndForget();

        for (int attempt = 0; attempt < 20 && extracted.get() != null; attempt++) {
            System.gc();
            Thread.sleep(10);
        }

        assertThat(extracted.get()).as("the page's tree after extraction returned").isNull();
    }

    private static WeakReference<Document> extractAndForget() {
        Document page = Jsoup.parse(PAGE, "https://news.example/pegel-sinken");
        ExtractedArticle article = new ArticleExtractor().extract(page, Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(article.publishedLocal()).as("the date on the page's own teaser card").isEqualTo("2021-11-10");
        return new WeakReference<>(page);
    }
}
