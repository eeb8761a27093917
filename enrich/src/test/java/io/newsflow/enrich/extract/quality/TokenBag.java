package io.newsflow.enrich.extract.quality;

import io.newsflow.enrich.quality.WordTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text as a bag (multiset) of {@link WordTokens}, for body precision and recall: a CJK body weighs as much as its
 * characters.
 */
record TokenBag(Map<String, Integer> counts, int size) {

    static TokenBag of(String text) {
        List<String> tokens = WordTokens.of(text);
        Map<String, Integer> counts = new HashMap<>();
        tokens.forEach(token -> counts.merge(token, 1, Integer::sum));
        return new TokenBag(Map.copyOf(counts), tokens.size());
    }

    /** How many tokens the two bags share, counting repeats up to the smaller count. */
    int overlap(TokenBag other) {
        int shared = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            shared += Math.min(entry.getValue(), other.counts.getOrDefault(entry.getKey(), 0));
        }
        return shared;
    }
}
