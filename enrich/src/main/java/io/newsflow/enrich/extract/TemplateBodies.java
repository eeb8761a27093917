package io.newsflow.enrich.extract;

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

    private TemplateBodies() {}

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
