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
 * author bio); the cluster holds them all.
 */
final class BodyPasses {

    /** The strict pass's text is "far less" than the page's main text cluster below this share of it. */
    static final double MIN_MAIN_TEXT_SHARE = 0.5;

    /** A later pass replaces an earlier one when it finds at least this many times its words of running text. */
    static final double MIN_GAIN = 1.25;

    private BodyPasses() {}

    static ExtractedBody find(Document page, @Nullable String description, List<String> leads, ArticleMarkers markers) {
        Element root = page.body();
        if (root == null) {
            return ExtractedBody.NONE;
        }
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
            List<CandidateBlock> posts = BlockCollector.collect(root, DomRules.THREAD_BOILERPLATE_TOKENS, markers, true);
            ExtractedBody thread = ContentScorer.body(posts)
                    .map(body -> BodyAssembler.assemble(posts, ThreadPosts.of(body), description, leads))
                    .orElse(ExtractedBody.NONE);
            best = better(thread, best, bestWords);
        }
        Element cluster = markers.mainText();
        // a cluster that is the whole page (no element below <body> holds most of the text) says nothing
        if (cluster == null || !shortOfMainText || isPageLevel(cluster) || inBoilerplate(cluster)) {
            return best;
        }
        ExtractedBody clustered = BodyAssembler.assemble(candidates, List.of(cluster), description, leads);
        return better(clustered, best, ArticleWords.count(best.blocks(), Integer.MAX_VALUE));
    }

    /**
     * The challenger when it has enough running text and clearly more than the incumbent (only running text counts:
     * a teaser list let in is not an article).
     */
    private static ExtractedBody better(ExtractedBody challenger, ExtractedBody incumbent, int incumbentWords) {
        int words = ArticleWords.count(
                challenger.blocks().stream().filter(block -> block.kind() == BlockKind.PARAGRAPH).toList(),
                Integer.MAX_VALUE);
        double gain = incumbentWords >= PageClassifier.MIN_ARTICLE_WORDS ? MIN_GAIN : 1;
        return words >= PageClassifier.MIN_ARTICLE_WORDS && words > incumbentWords * gain ? challenger : incumbent;
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
