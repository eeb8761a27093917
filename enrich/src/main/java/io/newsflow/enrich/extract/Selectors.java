package io.newsflow.enrich.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries that extraction asks on every page, parsed once. {@code element.selectFirst("h1")} parses its query on
 * each call; asked for every element of a walk, the parsing cost about a tenth of extraction in a profile. jsoup's
 * evaluators are thread-safe, so one instance serves every stream thread.
 */
final class Selectors {

    /** A headline. */
    static final Evaluator H1 = QueryParser.parse("h1");

    /** The page's first- and second-level headings, in document order. */
    static final Evaluator H1_OR_H2 = QueryParser.parse("h1, h2");

    /** A page title outside SVG drawings, which have titles of their own. */
    static final Evaluator TITLE_OUTSIDE_DRAWINGS = QueryParser.parse("title:not(svg title)");

    /** An element that may hold a time: a datetime or content attribute, or a typed script (JSON-LD). */
    static final Evaluator DATED = QueryParser.parse("[datetime], [content], script[type]");

    /** A figure's caption. */
    static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");

    /** An image, AMP's included. */
    static final Evaluator IMAGE = QueryParser.parse("img, amp-img");

    /** A link that goes somewhere. */
    static final Evaluator LINK = QueryParser.parse("a[href]");

    private Selectors() {}
}
