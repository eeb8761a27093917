package io.newsflow.enrich.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The heading set just above the body's first paragraph: the article's headline on a page whose {@code <title>}
 * names only the site or its section ("Aktuelles - Verband", "Union e.V."), so that no heading shows the title.
 * Such templates (a news plugin of a club's or association's CMS) put the headline as an {@code <h2>} or
 * {@code <h4>} over the text, with its date line beside it.
 */
final class BodyHeadline {

    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4");

    /** A paragraph is found by this much of its opening text; less could be a stock phrase of the template. */
    private static final int PREFIX_CHARS = 40;

    /** Elements looked at above the paragraph: the headline's block, its date line, a picture. */
    private static final int MAX_ELEMENTS_ABOVE = 8;

    /** Levels climbed from the paragraph: its text container inside the news item that holds the heading. */
    private static final int MAX_LEVELS = 4;

    /** Longer heading text is no headline. */
    private static final int MAX_HEADLINE_CHARS = 200;

    private BodyHeadline() {}

    /** The heading nearest above the element that holds the body's first paragraph, or null. */
    static @Nullable Element above(Document page, List<BodyBlock> blocks) {
        Element paragraph = firstParagraph(page, blocks);
        if (paragraph == null) {
            return null;
        }
        int seen = 0;
        int level = 0;
        for (Element at = paragraph; at != null && level <= MAX_LEVELS; at = at.parent(), level++) {
            for (Element before = at.previousElementSibling(); before != null && seen < MAX_ELEMENTS_ABOVE;
                    before = before.previousElementSibling(), seen++) {
                Element heading = lastHeading(before);
                if (heading != null) {
                    String text = TextNormalizer.collapse(heading.text());
                    return text.isEmpty() || text.length() > MAX_HEADLINE_CHARS ? null : heading;
                }
            }
        }
        return null;
    }

    private static @Nullable Element lastHeading(Element element) {
        if (element.is(HEADINGS)) {
            return element;
        }
        List<Element> inside = element.select(HEADINGS);
        return inside.isEmpty() ? null : inside.get(inside.size() - 1);
    }

    /** The {@code <p>} whose text opens as the body's first paragraph block does. */
    private static @Nullable Element firstParagraph(Document page, List<BodyBlock> blocks) {
        String first = TextNormalizer.collapse(blocks.stream().filter(block -> block.kind() == BlockKind.PARAGRAPH)
                .map(BodyBlock::text).findFirst().orElse(""));
        if (first.length() < PREFIX_CHARS) {
            return null;
        }
        String prefix = first.substring(0, PREFIX_CHARS);
        for (Element p : page.getElementsByTag("p")) {
            if (TextNormalizer.collapse(p.text()).startsWith(prefix)) {
                return p;
            }
        }
        return null;
    }
}
