package io.newsflow.enrich.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Fuzzy comparison of headlines and author names: exact after normalising (Unicode NFKC, case, whitespace, quote
 * and dash variants), or close by normalised Levenshtein ratio, so a curly apostrophe or a dropped accent does not
 * count as a wrong headline.
 */
public final class FuzzyMatch {

    /** Least ratio for a headline to match. */
    public static final double TITLE_RATIO = 0.9;

    /** Least ratio for an author name to match. */
    public static final double AUTHOR_RATIO = 0.8;

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern QUOTES = Pattern.compile("[\"'`´‘’‚‛“”„‟«»‹›「」『』]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");

    private FuzzyMatch() {}

    /** Case, width, whitespace, quote and dash variants folded: the form compared. */
    public static String normalized(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = QUOTES.matcher(folded).replaceAll("\"");
        folded = DASHES.matcher(folded).replaceAll("-");
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }

    /** 1 - Levenshtein distance / length of the longer string, on the normalised forms; 1 for two empty strings. */
    public static double ratio(String a, String b) {
        String x = normalized(a);
        String y = normalized(b);
        int longer = Math.max(x.length(), y.length());
        return longer == 0 ? 1 : 1 - levenshtein(x, y) / (double) longer;
    }

    /** Whether the headlines are the same after normalising, or their ratio is at least {@link #TITLE_RATIO}. */
    public static boolean sameTitle(String predicted, String gold) {
        return normalized(predicted).equals(normalized(gold)) || ratio(predicted, gold) >= TITLE_RATIO;
    }

    /**
     * Whether the author lists match as sets: every gold author is matched by a distinct predicted one with ratio at
     * least {@link #AUTHOR_RATIO}, and no predicted author is left over.
     */
    public static boolean sameAuthors(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) {
            return false;
        }
        List<String> unmatched = new ArrayList<>(predicted);
        for (String name : gold) {
            int best = -1;
            double bestRatio = AUTHOR_RATIO;
            for (int i = 0; i < unmatched.size(); i++) {
                double r = ratio(unmatched.get(i), name);
                if (r >= bestRatio) {
                    best = i;
                    bestRatio = r;
                }
            }
            if (best < 0) {
                return false;
            }
            unmatched.remove(best);
        }
        return true;
    }

    private static int levenshtein(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
