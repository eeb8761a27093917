package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TemplateBodiesTest {

    private static Document parse(String html) {
        return PageParser.parse(html.getBytes(StandardCharsets.UTF_8), "utf-8", "https://blog.example/2020/05/post.html");
    }

    @Test
    void aPostShippedAsATemplateInTheArticleBodyIsParsedInPlace() {
        Document page = parse("<div class='post-body'><div itemprop='articleBody'><script type='text/template'>"
                + "<span class='byline-author'>Posted by Jane Doe</span><p>Phishing sites rotate domains.</p>"
                + "<p>Second paragraph.</p></script></div></div>");

        assertThat(page.select("[itemprop=articleBody] p")).extracting(e -> e.text())
                .containsExactly("Phishing sites rotate domains.", "Second paragraph.");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void templatesOutsideTheArticleBodyStayScripts() {
        Document page = parse("<div class='comments'><script type='text/template'><p>{{comment}}</p></script></div>"
                + "<div itemprop='articleBody'><p>Text.</p><script>var x = '<p>not text</p>';</script></div>");

        assertThat(page.select("script")).hasSize(2);
        assertThat(page.select("p")).extracting(e -> e.text()).containsExactly("Text.");
    }

    @Test
    void aTemplateTypedInCapitalsOrInAPageInUtf16IsParsedInPlace() {
        String post = "<div itemprop='articleBody'><script type='TEXT/Template'><p>Shown.</p></script></div>";

        assertThat(parse(post).select("p")).extracting(e -> e.text()).containsExactly("Shown.");
        Document utf16 = PageParser.parse(post.getBytes(StandardCharsets.UTF_16), "utf-16", "https://blog.example/");
        assertThat(utf16.select("p")).extracting(e -> e.text()).containsExactly("Shown.");
    }
}
