package io.newsflow.enrich.quality;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Snippet counts as trafilatura's {@code tests/eval_common.py} computes them: a {@code with} snippet found in the
 * output is a true positive, missing a false negative; a {@code without} snippet found is a false positive, absent a
 * true negative. Matching is a case-sensitive substring test after collapsing whitespace runs to one space, on text in
 * Unicode's composed form (NFC) on both sides, so that a decomposed "ü" in a page or its gold matches a composed one.
 */
public record SnippetScore(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    /** No snippets. */
    public static final SnippetScore ZERO = new SnippetScore(0, 0, 0, 0);

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    /**
     * Scores one output; a page the extractor failed on is scored with an empty output, as a miss of every
     * {@code with} snippet (trafilatura counts a crash the same way).
     */
    public static SnippetScore of(String output, List<String> with, List<String> without) {
        String text = normalized(output);
        long tp = with.stream().filter(snippet -> text.contains(normalized(snippet))).count();
        long fp = without.stream().filter(snippet -> text.contains(normalized(snippet))).count();
        return new SnippetScore(tp, fp, with.size() - tp, without.size() - fp);
    }

    /** Whitespace runs (Unicode) collapsed to one space, ends stripped (trafilatura's {@code norm}), composed (NFC). */
    public static String normalized(String text) {
        return WHITESPACE.matcher(WordTokens.composed(text)).replaceAll(" ").strip();
    }

    /** Sum of two counts. */
    public SnippetScore plus(SnippetScore other) {
        return new SnippetScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
    }

    /** TP / (TP + FP), 0 when nothing was found. */
    public double precision() {
        long found = truePositives + falsePositives;
        return found == 0 ? 0 : truePositives / (double) found;
    }

    /** TP / (TP + FN), 0 without {@code with} snippets. */
    public double recall() {
        long wanted = truePositives + falseNegatives;
        return wanted == 0 ? 0 : truePositives / (double) wanted;
    }

    /** (TP + TN) / all snippets. */
    public double accuracy() {
        long all = truePositives + trueNegatives + falsePositives + falseNegatives;
        return all == 0 ? 0 : (truePositives + trueNegatives) / (double) all;
    }

    /** 2TP / (2TP + FP + FN), as trafilatura computes it. */
    public double f1() {
        long denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2 * truePositives / (double) denominator;
    }
}
