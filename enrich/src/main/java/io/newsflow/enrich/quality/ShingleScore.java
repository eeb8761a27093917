package io.newsflow.enrich.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Body overlap counted in word 4-gram shingles (multisets): unlike a bag of words, a shingle only matches when four
 * words appear in the same order, so boilerplate that shares common words with the article does not score.
 *
 * @param shared shingles in both texts (multiset intersection)
 * @param produced shingles in the extracted text
 * @param expected shingles in the gold text
 */
public record ShingleScore(long shared, long produced, long expected) {

    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 4;

    /** No text on either side. */
    public static final ShingleScore ZERO = new ShingleScore(0, 0, 0);

    /** Scores {@code producedText} against {@code goldText}; a text shorter than a shingle counts as one shingle. */
    public static ShingleScore of(String producedText, String goldText) {
        Map<String, Integer> produced = shingles(WordTokens.of(producedText));
        Map<String, Integer> gold = shingles(WordTokens.of(goldText));
        long shared = 0;
        for (Map.Entry<String, Integer> entry : produced.entrySet()) {
            shared += Math.min(entry.getValue(), gold.getOrDefault(entry.getKey(), 0));
        }
        return new ShingleScore(shared, total(produced), total(gold));
    }

    /** Sum of two scores: micro-averaging adds the counts of all pages before dividing. */
    public ShingleScore plus(ShingleScore other) {
        return new ShingleScore(shared + other.shared, produced + other.produced, expected + other.expected);
    }

    /** Share of produced shingles that are gold; an empty output of an empty gold text is perfect. */
    public double precision() {
        return produced == 0 ? (expected == 0 ? 1 : 0) : shared / (double) produced;
    }

    /** Share of gold shingles produced; an empty gold text is fully recalled by an empty output. */
    public double recall() {
        return expected == 0 ? (produced == 0 ? 1 : 0) : shared / (double) expected;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Integer> shingles(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        if (words.isEmpty()) {
            return counts;
        }
        if (words.size() < SHINGLE_WORDS) {
            counts.put(String.join(" ", words), 1);
            return counts;
        }
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            counts.merge(String.join(" ", words.subList(i, i + SHINGLE_WORDS)), 1, Integer::sum);
        }
        return counts;
    }

    private static long total(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}
