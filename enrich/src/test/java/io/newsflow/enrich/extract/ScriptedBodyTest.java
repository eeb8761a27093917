package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;
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

    private static final String[] SENTENCES = {
        "The party expelled its former leader on Thursday, a decision that leaves the current chair with a harder task"
                + " before the local elections.",
        "Party officials said the move would not cost them the votes of the centre, pointing to polls that show the"
                + " public split evenly over the expulsion.",
        "The chair is expected to present new candidates next month, when a court rules on the former president,"
                + " which could change the party's course again."};

    /** The sentences as the blocks of a rich-text tree, each written by {@code block} (a format's JSON object). */
    private static String tree(UnaryOperator<String> block) {
        StringBuilder json = new StringBuilder("[");
        for (String sentence : SENTENCES) {
            json.append(json.length() > 1 ? "," : "").append(block.apply(sentence.replace("'", "\\u0027")));
        }
        return json.append("]").toString();
    }

    private static void assertReadFromTree(String script) {
        ExtractedArticle article = extract("<meta property='og:type' content='article'>", script);

        assertThat(article.kind()).isNotEqualTo(PageKind.NOT_ARTICLE);
        assertThat(article.body()).contains("expelled its former leader").contains("present new candidates")
                .contains("party's course").doesNotContain("children").doesNotContain("_type");
    }

    @Test
    void aBodyEmbeddedAsPortableTextBlocksIsRead() {
        assertReadFromTree("window.__DATA__ = {\"post\":{\"body\":" + tree(text -> "{\"_type\":\"block\","
                + "\"style\":\"normal\",\"markDefs\":[],\"children\":[{\"_type\":\"span\",\"text\":\"" + text
                + "\"}]}") + "}};");
    }

    @Test
    void aBodyEmbeddedAsContentfulRichTextIsRead() {
        assertReadFromTree("window.__DATA__ = {\"body\":{\"nodeType\":\"document\",\"content\":"
                + tree(text -> "{\"nodeType\":\"paragraph\",\"content\":[{\"nodeType\":\"text\",\"value\":\""
                        + text + "\",\"marks\":[]}]}") + "}};");
    }

    @Test
    void aBodyEmbeddedAsAProseMirrorDocumentInAJsonScriptIsRead() {
        assertReadFromTree("{\"props\":{\"doc\":{\"type\":\"doc\",\"content\":" + tree(text -> "{\"type\":"
                + "\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}") + "}}}");
    }

    @Test
    void aBodyEmbeddedAsASerialisedDomTreeIsReadWithItsLinkText() {
        assertReadFromTree("window.__APOLLO_STATE__={\"a1\":{\"body\":" + tree(text -> "{\"type\":\"p\",\"children\""
                + ":[{\"type\":\"text\",\"data\":\"" + text.substring(0, 20) + "\"},{\"type\":\"a\",\"attribs\":"
                + "{\"href\":\"/x\"},\"children\":[{\"type\":\"text\",\"data\":\"" + text.substring(20)
                + "\"}]}]}") + "}};");
    }

    @Test
    void twoParagraphNodesAreATeaserNotABody() {
        String teaser = "window.__DATA__ = {\"teaser\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"" + SENTENCES[0] + "\"}]},{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"" + SENTENCES[1] + "\"}]}]};";

        ExtractedArticle article = extract("<meta property='og:type' content='article'>", teaser);

        assertThat(article.body()).doesNotContain("expelled its former leader");
    }

    @Test
    void theBodyIsTheOneSharingTheHeadlinesWordsNotALongerRelatedArticle() {
        String related = "<p>The city council approved the new budget for the harbour district after a long debate"
                + " about the cost of the ferry service and the new bridge.</p>";
        String relatedArticle = (related + related.replace("council", "mayor") + related.replace("budget", "plan")
                + related.replace("harbour", "river")).replace("\"", "\\\"");

        ExtractedArticle article = extract("<meta property='og:type' content='article'>",
                "window.__STATE__ = {\"related\":{\"content\":\"" + relatedArticle.replace("<", "\\u003c")
                        + "\"},\"article\":{\"content\":\"" + PARAGRAPHS.replace("<", "\\u003c") + "\"}};");

        assertThat(article.body()).contains("expelled its former leader").doesNotContain("harbour district");
    }
}
