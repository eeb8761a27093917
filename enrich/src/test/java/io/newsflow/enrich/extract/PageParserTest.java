package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageParserTest {

    private static final String URL = "https://www.example.org/news/story.html";

    private static byte[] html(String head, String body, Charset charset) {
        return ("<html><head>" + head + "</head><body><p>" + body + "</p><a href=\"../other.html\">x</a></body></html>")
                .getBytes(charset);
    }

    @Test
    void decodesWindows1252FromMetaCharset() {
        byte[] bytes = html("<meta charset=\"windows-1252\">", "Grüße – „Zitat“ €", Charset.forName("windows-1252"));

        Document page = PageParser.parse(bytes, null, URL);

        assertThat(page.selectFirst("p").text()).isEqualTo("Grüße – „Zitat“ €");
    }

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] body = html("<meta charset=\"iso-8859-1\">", "Grüße", StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Document page = PageParser.parse(bytes, "windows-1252", URL);

        assertThat(page.selectFirst("p").text()).isEqualTo("Grüße");
    }

    @Test
    void validUtf8WinsOverAStaleMetaCharset() {
        // a page saved from its text (a crawler's dump) is UTF-8 while its <meta> names the charset it was served in
        byte[] bytes = html("<meta charset=\"iso-8859-1\">", "Grüße – „Zitat“", StandardCharsets.UTF_8);

        assertThat(PageParser.parse(bytes, null, URL).selectFirst("p").text()).isEqualTo("Grüße – „Zitat“");
        // the HTTP header still decides: a browser would read these bytes as the server labels them
        assertThat(PageParser.parse(bytes, "iso-8859-1", URL).selectFirst("p").text()).startsWith("GrÃ¼");
    }

    @Test
    void legacyBytesThatAreNoUtf8KeepTheirMetaCharset() {
        byte[] bytes = html("<meta charset=\"euc-kr\">", "코로나19 극복", Charset.forName("EUC-KR"));

        assertThat(PageParser.parse(bytes, null, URL).selectFirst("p").text()).isEqualTo("코로나19 극복");
    }

    @Test
    void headerCharsetOverridesMeta() {
        byte[] bytes = html("<meta charset=\"windows-1252\">", "Grüße", StandardCharsets.UTF_8);

        Document page = PageParser.parse(bytes, "UTF-8", URL);

        assertThat(page.selectFirst("p").text()).isEqualTo("Grüße");
    }

    @Test
    void bogusHeaderCharsetFallsBackToMeta() {
        byte[] bytes = html("<meta charset=\"windows-1252\">", "Grüße", Charset.forName("windows-1252"));

        assertThat(PageParser.parse(bytes, "x-no-such-charset", URL).selectFirst("p").text()).isEqualTo("Grüße");
        assertThat(PageParser.parse(bytes, "utf-8\"; boundary=<>", URL).selectFirst("p").text()).isEqualTo("Grüße");
    }

    @Test
    void withoutAnyDeclarationDecodesUtf8() {
        byte[] bytes = html("", "Grüße", StandardCharsets.UTF_8);

        assertThat(PageParser.parse(bytes, null, URL).selectFirst("p").text()).isEqualTo("Grüße");
    }

    @Test
    void latin1HeaderIsDecodedAsWindows1252() {
        byte[] bytes = html("", "„Zitat“", Charset.forName("windows-1252"));

        assertThat(PageParser.parse(bytes, "ISO-8859-1", URL).selectFirst("p").text()).isEqualTo("„Zitat“");
    }

    @Test
    void makesRelativeLinksAbsolute() {
        Document page = PageParser.parse(html("", "x", StandardCharsets.UTF_8), null, URL);

        assertThat(page.selectFirst("a").absUrl("href")).isEqualTo("https://www.example.org/other.html");
    }
}
