package io.newsflow.enrich.extract;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the body in up to three passes, so that a failed extraction does not lose an article: the strict pass
 * (boilerplate class rules, the best-scoring container and its siblings); when that finds far less text than the page's
 * main text cluster, a relaxed pass that keeps all but hard boilerplate, and the main text cluster itself (the
 * smallest element holding most of the page's text outside links). Page builders set each paragraph of one article in
 * its own section, column and module, so no single container collects the scores and the best one is a side box (an
 * author bio); the cluster holds them all. Last, when the strict pass fell short, its container with the
 * page-builder modules of its kind beside it: an article set in modules whose one long part (an accordion) is the
 * cluster, while the rest sits in the other modules.
 */
final class BodyPasses {

    /** The strict pass's text is "far less" than the page's main text cluster below this share of it. */
    static final double MIN_MAIN_TEXT_SHARE = 0.5;

    /** A later pass replaces an earlier one when it finds at least this many times its words of running text. */
    static final double MIN_GAIN = 1.25;

    /** A list line this long reads as running text (a definition, a step), not as a menu entry or a teaser title. */
    static final int MIN_PROSE_LINE_CHARS = 200;

    private BodyPasses() {}

    static ExtractedBody find(Document page, @Nullable String description, List<String> leads, ArticleMarkers markers) {
        Element root = page.body();
        return root == null ? ExtractedBody.NONE : find(root, description, leads, markers);
    }

    /** As {@link #find(Document, String, List, ArticleMarkers)}, reading only {@code root} ({@code markers}' root). */
    static ExtractedBody find(Element root, @Nullable String description, List<String> leads, ArticleMarkers markers) {
        List<CandidateBlock> candidates = BlockCollector.collect(root, DomRules.BOILERPLATE_TOKENS, markers);
        ExtractedBody strict = BodyAssembler.assemble(candidates, description, leads);
        int strictWords = ArticleWords.count(strict.blocks(), Integer.MAX_VALUE);
        boolean shortOfMainText = chars(strict) < markers.mainTextChars() * MIN_MAIN_TEXT_SHARE;
        if (strictWords >= PageClassifier.MIN_ARTICLE_WORDS && !shortOfMainText) {
            return strict;
        }
        // the strict class rules may have hidden the text; relaxed ones keep all but hard boilerplate
        ExtractedBody relaxed = BodyAssembler.assemble(
                BlockCollector.collect(root, DomRules.HARD_BOILERPLATE_TOKENS, markers), description, leads);
        ExtractedBody best = better(relaxed, strict, strictWords);
        int bestWords = ArticleWords.count(best.blocks(), Integer.MAX_VALUE);
        if (bestWords < PageClassifier.MIN_ARTICLE_WORDS) {
            // nothing outside the comment containers: the page is a thread (forum posts, live commentary), and its
            // "comments" are its text; on a page with an article the strict pass found it and this never runs. A
            // page rendered by script may serve its text to crawlers only inside <noscript> (forum software does)
            List<CandidateBlock> posts =
                    BlockCollector.collect(root, DomRules.THREAD_BOILERPLATE_TOKENS, markers, true);
            ExtractedBody thread = ContentScorer.body(posts)
                    .map(body -> BodyAssembler.assemble(posts, ThreadPosts.of(body), description, leads))
                    .orElse(ExtractedBody.NONE);
            best = better(thread, best, bestWords);
        }
        Element cluster = markers.mainText();
        // a cluster that is the whole page (no element below <body> holds most of the text) says nothing
        if (cluster != null && shortOfMainText && !isPageLevel(cluster) && !inBoilerplate(cluster)) {
            ExtractedBody clustered = BodyAssembler.assemble(candidates, List.of(cluster), description, leads);
            best = better(clustered, best, ArticleWords.count(best.blocks(), Integer.MAX_VALUE), true);
        }
        if (!shortOfMainText) {
            return best;
        }
        // last: the body may be one module of a page builder's article, its sibling modules holding the rest (each
        // part of the article in its own module, under its own subheading); it must beat the passes above clearly
        ExtractedBody modules = BodyAssembler.assemble(candidates, description, leads, true);
        return better(modules, best, ArticleWords.count(best.blocks(), Integer.MAX_VALUE));
    }

    /**
     * The challenger when it has enough running text and clearly more than the incumbent (only running text counts:
     * a teaser list let in is not an article).
     */
    private static ExtractedBody better(ExtractedBody challenger, ExtractedBody incumbent, int incumbentWords) {
        return better(challenger, incumbent, incumbentWords, false);
    }

    /**
     * As {@link #better(ExtractedBody, ExtractedBody, int)}; with {@code proseLists}, long list lines weigh in the
     * comparison as running text too: reference pages and landing pages set much of their text in lists (a definition
     * list of API entries, {@code <dl><dt>name<dd><p>what it does}, stays one list block), so the main text cluster
     * holding them looks no bigger than the one section the strict pass elected. Only the cluster gets this: it is
     * tried only when the strict body is far short of the page's main text, and menus and teaser titles are short
     * lines that do not count.
     */
    private static ExtractedBody better(
            ExtractedBody challenger, ExtractedBody incumbent, int incumbentWords, boolean proseLists) {
        int words = ArticleWords.count(
                challenger.blocks().stream().filter(block -> block.kind() == BlockKind.PARAGRAPH).toList(),
                Integer.MAX_VALUE);
        // the page is judged an article on its paragraphs alone, so the lists only weigh in the comparison
        int compared = proseLists ? words + proseListWords(challenger) : words;
        double gain = incumbentWords >= PageClassifier.MIN_ARTICLE_WORDS ? MIN_GAIN : 1;
        return words >= PageClassifier.MIN_ARTICLE_WORDS && compared > incumbentWords * gain ? challenger : incumbent;
    }

    private static int proseListWords(ExtractedBody body) {
        int words = 0;
        for (BodyBlock block : body.blocks()) {
            if (block.kind() == BlockKind.LIST) {
                for (String line : block.text().split("\n")) {
                    words += line.length() >= MIN_PROSE_LINE_CHARS ? ArticleWords.count(line) : 0;
                }
            }
        }
        return words;
    }

    private static boolean isPageLevel(Element element) {
        return element.normalName().equals("body") || element.normalName().equals("html");
    }

    /** What a page's layout wrappers hold; a class on such a wrapper names the layout ("sidebar_right"). */
    private static final String PAGE_LANDMARKS = "h1, main, article, [role=main]";

    /**
     * Whether the cluster is, or sits in, hard boilerplate by class (a cookie layer, comments, a sidebar) below the
     * page's layout wrappers: such text is kept from hiding an article, but it is never the article.
     */
    private static boolean inBoilerplate(Element cluster) {
        for (Element at = cluster; at != null && !at.normalName().equals("body"); at = at.parent()) {
            if (at.selectFirst(PAGE_LANDMARKS) != null) {
                return false;
            }
            if (ClassTokens.isBoilerplate(at, DomRules.HARD_BOILERPLATE_TOKENS)) {
                return true;
            }
        }
        return false;
    }

    private static int chars(ExtractedBody body) {
        int chars = 0;
        for (BodyBlock block : body.blocks()) {
            chars += block.text().length();
        }
        return chars;
    }
}
