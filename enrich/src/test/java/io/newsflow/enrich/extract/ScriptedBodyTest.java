package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Articles rendered in the browser from the data their page embeds in a script. */
class ScriptedBodyTest {

    private static final Instant FETCHED = Instant.parse("2026-01-30T10:00:00Z");

    private static final String PARAGRAPHS = "<p class=\\\"editor-p\\\">The party expelled its former leader on"
            + " Thursday, a decision that leaves the current chair with a harder task before the local elections.</p>"
            + "<p class=\\\"editor-p\\\">Party officials said the move would not cost them the votes of the centre,"
            + " pointing to polls that show the public split evenly over the expulsion.</p>"
            + "<p class=\\\"editor-p\\\">The chair is expected to present new candidates next month, when a court"
            + " rules on the former president, which could change the party's course again.</p>";

    private static ExtractedArticle extract(String head, String script) {
        String html = "<html><head>" + head + "</head><body><header><a href='/'>Daily</a></header><main>"
                + "<h1>Party expels former leader</h1><div id='article-body'></div></main><script>" + script
                + "</script></body></html>";
        return new ArticleExtractor().extract(
                PageParser.parse(html.getBytes(StandardCharsets.UTF_8), "utf-8", "https://news.example/a/1"), FETCHED);
    }

    @Test
    void aDeclaredArticleWhoseTextIsOnlyInTheEmbeddedDataIsReadFromIt() {
        ExtractedArticle article = extract("<meta property='og:type' content='article'>",
                "window.__STATE__ = {\"article\":{\"id\":1,\"content\":\"" + PARAGRAPHS.replace("<", "\\u003c")
                        + "\",\"title\":\"Party expels former leader\"}};");

        assertThat(article.kind()).isNotEqualTo(PageKind.NOT_ARTICLE);
        assertThat(article.body()).contains("expelled its former leader").contains("rules on the former president")
                .doesNotContain("editor-p");
    }

    @Test
    void markupInAJsonDocumentHeldInAStringIsDecodedTwice() {
        String payload = "{\"content\":\"" + PARAGRAPHS.replace("<", "\\u003c") + "\"}";
        String streamed = "self.__push([1,\"" + payload.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]);";

        ExtractedArticle article = extract("<meta property='og:type' content='article'>", streamed);

        assertThat(article.body()).contains("expelled its former leader").doesNotContain("\\u003c")
                .doesNotContain("content\"");
    }

    @Test
    void aPageThatDeclaresNoArticleIsNotReadFromItsData() {
        ExtractedArticle article = extract("", "window.__STATE__ = {\"help\":\"" + PARAGRAPHS + "\"};");

        assertThat(article.body()).doesNotContain("expelled its former leader");
    }
}
