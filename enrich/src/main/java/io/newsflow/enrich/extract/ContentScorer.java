package io.newsflow.enrich.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article body by text-density scoring (in the manner of Readability).
 *
 * <p>Each substantial paragraph credits its parent in full and its ancestors with a decaying share, by its length
 * and comma count, discounted by its link density. Class/id tokens then add or subtract evidence.
 */
final class ContentScorer {

    /** Share of a paragraph's score credited to its parent, grandparent and great-grandparent. */
    private static final double[] ANCESTOR_SHARES = {1.0, 0.5, 0.25};

    private ContentScorer() {}

    static Optional<Element> bestContainer(List<CandidateBlock> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (CandidateBlock block : blocks) {
            double score = score(block);
            Element target = block.parent();
            for (int level = 0; score > 0 && target != null && level < ANCESTOR_SHARES.length; level++) {
                scores.merge(target, score * ANCESTOR_SHARES[level], Double::sum);
                target = target.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() + classWeight(entry.getKey());
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    static double score(CandidateBlock block) {
        if ((block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) || block.caption()
                || block.text().length() < DomRules.MIN_SCORING_CHARS) {
            return 0;
        }
        String text = block.text();
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',' || text.charAt(i) == '，' || text.charAt(i) == '、') {
                commas++;
            }
        }
        double lengthBonus = Math.min(text.length() / DomRules.CHARS_PER_POINT, DomRules.MAX_LENGTH_BONUS);
        return (1 + commas + lengthBonus) * (1 - block.linkDensity());
    }

    private static double classWeight(Element element) {
        if (element.normalName().equals("body") || element.normalName().equals("html")) {
            return 0; // page-level classes ("page-article") describe the page, not a container
        }
        List<String> tokens = ClassTokens.of(element);
        double weight = 0;
        if (DomRules.CONTENT_TOKENS.containsAny(tokens)) {
            weight += DomRules.CLASS_WEIGHT;
        }
        if (DomRules.BOILERPLATE_TOKENS.containsAny(tokens)) {
            weight -= DomRules.CLASS_WEIGHT;
        }
        return weight;
    }
}
