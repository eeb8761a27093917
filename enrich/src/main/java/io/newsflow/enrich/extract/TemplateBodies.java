package io.newsflow.enrich.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Article text that a page ships as a client-side template: Blogger's themes (Google's own blogs among them) put
 * the post inside {@code <script type="text/template">} within the {@code itemprop=articleBody} element and render
 * it with JavaScript, so the parsed page holds no text there. The template is HTML; it is parsed and put where the
 * script was, as a browser would show it. Only templates inside a declared article body are read: elsewhere they are
 * widgets and comment forms.
 */
final class TemplateBodies {

    private static final Evaluator TEMPLATES = QueryParser.parse("[itemprop=articleBody] script[type=text/template]");

    private static final byte[] TEMPLATE_TYPE = "text/template".getBytes(StandardCharsets.US_ASCII);

    private TemplateBodies() {}

    /**
     * Whether the page's bytes may hold a template script: {@code text/template} in ASCII letters of either case, or
     * a page in UTF-16, where the bytes don't tell. Most pages hold none, and this scan of the bytes costs far less
     * than looking for the scripts in the parsed page.
     */
    static boolean mayHold(byte[] page) {
        if (page.length >= 2 && (page[0] == 0 || page[1] == 0 || (page[0] & 0xFE) == 0xFE)) {
            return true; // UTF-16 (a BOM, or a NUL byte in an ASCII character)
        }
        int last = page.length - TEMPLATE_TYPE.length;
        for (int at = 0; at <= last; at++) {
            if (matchesAt(page, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] page, int at) {
        for (int i = 0; i < TEMPLATE_TYPE.length; i++) {
            int b = page[at + i];
            if (b != TEMPLATE_TYPE[i] && (b | 0x20) != TEMPLATE_TYPE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Replaces each text/template script inside an {@code itemprop=articleBody} element by the HTML it holds. */
    static void unwrap(Document page) {
        List<Element> templates = page.select(TEMPLATES);
        for (Element script : templates) {
            Document fragment = Parser.parseBodyFragment(script.data(), page.location());
            List<Node> nodes = List.copyOf(fragment.body().childNodes());
            for (Node node : nodes) {
                node.remove();
                script.before(node);
            }
            script.remove();
        }
    }
}
