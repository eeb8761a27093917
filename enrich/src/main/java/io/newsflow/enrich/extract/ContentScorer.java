package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the element that holds the article body by text-density scoring (in the manner of Readability).
 *
 * <p>Each substantial paragraph credits its parent in full and its ancestors with a decaying share, by its length
 * and comma count, discounted by its link density. Class/id tokens then add or subtract evidence. Siblings of the best
 * container that score well too are part of the body (page builders and listicles set the text in sibling sections).
 */
final class ContentScorer {

    /** Share of a paragraph's score credited to its parent, grandparent and great-grandparent. */
    private static final double[] ANCESTOR_SHARES = {1.0, 0.5, 0.25};

    /** A sibling joins the body when it scores at least this share of the best container (Readability: 0.2)... */
    static final double SIBLING_SHARE = 0.2;

    /** ... and at least this much, so a lone short paragraph beside the body does not... */
    static final double MIN_SIBLING_SCORE = 10;

    /** ... and at most this share of its text is linked (Readability: 0.25). */
    static final double MAX_SIBLING_LINK_DENSITY = 0.25;

    private ContentScorer() {}

    /**
     * The body: the best container and the siblings that join it, in document order.
     *
     * @param best the best-scoring container
     * @param roots the best container and the siblings merged with it, in document order
     */
    record Body(Element best, List<Element> roots) {}

    static Optional<Element> bestContainer(List<CandidateBlock> blocks) {
        return body(blocks).map(Body::best);
    }

    /**
     * The body of the page. Ties go to the element scored first, in the order of the blocks (document order): the
     * scores live in an insertion-ordered map, so the same page always gives the same container.
     */
    static Optional<Body> body(List<CandidateBlock> blocks) {
        return body(blocks, false);
    }

    /**
     * As {@link #body(List)}, with {@code modules}: also the page-builder modules of the body's kind beside the one
     * that holds it ({@link #repeatedModule}). Only tried when the strict body is far short of the page's main text:
     * on a page whose body was found, the cards of a listing and the posts of a thread are such modules too.
     */
    static Optional<Body> body(List<CandidateBlock> blocks, boolean modules) {
        Map<Element, Double> scores = new LinkedHashMap<>(); // Element equality is identity; the order is the blocks'
        for (CandidateBlock block : blocks) {
            double score = score(block);
            Element target = block.parent();
            for (int level = 0; score > 0 && target != null && level < ANCESTOR_SHARES.length; level++) {
                scores.merge(target, score * ANCESTOR_SHARES[level], Double::sum);
                target = target.parent();
            }
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        scores.forEach((element, score) -> ranked.add(Map.entry(element, score + classWeight(element))));
        // stable: equal scores keep document order, so the first of them wins
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        if (ranked.isEmpty() || ranked.get(0).getValue() <= 0) {
            return Optional.empty();
        }
        Element best = commonContainer(ranked);
        return Optional.of(new Body(best, roots(best, blocks, modules)));
    }

    /** How many of the runners-up Readability compares with the best container. */
    static final int TOP_CANDIDATES = 5;

    /** A runner-up counts when it scores at least this share of the best (Readability: 0.75)... */
    static final double ALTERNATIVE_SHARE = 0.75;

    /** ... and the body moves up to the nearest ancestor holding this many of them (Readability: 3). */
    static final int MIN_ALTERNATIVES = 3;

    /**
     * The best container, or, as Readability does, its nearest ancestor that also holds several runners-up scoring
     * almost as well: a listicle or a page builder sets each item's text in its own container, and the best one alone
     * is one item of many.
     */
    private static Element commonContainer(List<Map.Entry<Element, Double>> ranked) {
        Element best = ranked.get(0).getKey();
        double bestScore = ranked.get(0).getValue();
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), TOP_CANDIDATES + 1); i++) {
            if (ranked.get(i).getValue() >= bestScore * ALTERNATIVE_SHARE) {
                alternatives.add(ranked.get(i).getKey());
            }
        }
        if (alternatives.size() < MIN_ALTERNATIVES) {
            return best;
        }
        for (Element ancestor = best.parent();
                ancestor != null && !isPageLevel(ancestor);
                ancestor = ancestor.parent()) {
            Element at = ancestor;
            long held = alternatives.stream().filter(alternative -> isWithin(alternative, at)).count();
            if (held >= MIN_ALTERNATIVES) {
                return ancestor;
            }
        }
        return best;
    }

    /** Whether {@code element} is {@code ancestor} or lies inside it. */
    static boolean isWithin(Element element, Element ancestor) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The best container and its siblings with enough text of low link density, scored over their whole subtrees. A
     * container that is its parent's only child is first replaced by the parent (page builders nest each section in
     * several wrappers), so the siblings compared are the sections. Inside the {@code <article>} that holds the page's
     * headline, the siblings of each wrapper up to the article join too, by the same test: an article set in sections
     * nests its later sections one level deeper than its opening ones, and the opening is the body as well.
     */
    private static List<Element> roots(Element container, List<CandidateBlock> blocks, boolean modules) {
        Element best = container;
        while (best.parent() != null && best.parent().childrenSize() == 1 && !isPageLevel(best.parent())) {
            best = best.parent();
        }
        if (best.parent() == null || isPageLevel(best)) {
            return List.of(container);
        }
        Map<Element, double[]> level = siblings(best.parent(), blocks);
        double own = level.getOrDefault(best, new double[4])[0] + classWeight(best);
        double threshold = Math.max(MIN_SIBLING_SCORE, own * SIBLING_SHARE);
        List<Element> roots = new ArrayList<>();
        for (Map.Entry<Element, double[]> entry : level.entrySet()) {
            Element sibling = entry.getKey();
            // as in Readability: a sibling of the same class as the body (the next entry, the next section) gets a
            // bonus
            boolean sameClass = !best.className().isEmpty() && sibling.className().equals(best.className());
            if (sibling == best || joins(sibling, entry.getValue(), threshold, sameClass ? own * SIBLING_SHARE : 0)) {
                roots.add(sibling == best ? container : sibling);
            }
        }
        Element module = modules ? repeatedModule(best) : null;
        if (module != null) {
            for (Map.Entry<Element, double[]> entry : siblings(module.parent(), blocks).entrySet()) {
                Element sibling = entry.getKey();
                if (sibling != module && sameModule(sibling, module)
                        && joins(sibling, entry.getValue(), threshold, 0)) {
                    roots.add(sibling);
                }
            }
        }
        Element article = headlineArticle(best);
        for (Element at = best.parent(); article != null && at != article && at.parent() != null; at = at.parent()) {
            for (Map.Entry<Element, double[]> entry : siblings(at.parent(), blocks).entrySet()) {
                if (entry.getKey() != at && !roots.contains(entry.getKey()) // a module sibling may be one
                        && joins(entry.getKey(), entry.getValue(), threshold, 0)) {
                    roots.add(entry.getKey());
                }
            }
        }
        roots.sort(Comparator.comparingInt(root -> firstBlock(root, blocks))); // the first root opens the body
        return roots;
    }

    /** How many levels above the body's section a page builder's module wrapper is looked for. */
    static final int MAX_MODULE_DEPTH = 3;

    /**
     * The page-builder module that holds the body's section, or null: the nearest wrapper a few levels up (below the
     * headline) that repeats, with the same tag and class, beside it. A page builder sets each part of one article in
     * its own module ({@code <div class="outer"><div class="container"><div class="row textpic">} with a subheading,
     * an image and the text), so the body's section has the module's subheading and image for siblings and the
     * article's other parts sit beside the module, not beside the section.
     */
    private static @Nullable Element repeatedModule(Element section) {
        int depth = 0;
        for (Element at = section.parent();
                at != null && at.parent() != null && !isPageLevel(at) && depth < MAX_MODULE_DEPTH;
                at = at.parent(), depth++) {
            if (at.selectFirst(Selectors.H1) != null) {
                return null; // above the headline the siblings are the page's parts, not the article's
            }
            for (Element sibling : at.parent().children()) {
                if (sibling != at && sameModule(sibling, at)) {
                    return at;
                }
            }
        }
        return null;
    }

    /** Whether two elements are modules of one kind: the same tag and the same (non-empty) class attribute. */
    private static boolean sameModule(Element sibling, Element module) {
        return !module.className().isEmpty() && sibling.normalName().equals(module.normalName())
                && sibling.className().equals(module.className());
    }

    private static int firstBlock(Element root, List<CandidateBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (isWithin(blocks.get(i).parent(), root)) {
                return i;
            }
        }
        return blocks.size();
    }

    /**
     * The children of {@code parent} holding blocks, in document order, with their score, text chars, link chars and
     * list score (kept apart: the best container's own score, which sets the bar, is its paragraphs').
     */
    private static Map<Element, double[]> siblings(Element parent, List<CandidateBlock> blocks) {
        Map<Element, double[]> siblings = new LinkedHashMap<>();
        for (CandidateBlock block : blocks) {
            Element sibling = childOf(parent, block.parent());
            if (sibling != null) {
                double[] sums = siblings.computeIfAbsent(sibling, s -> new double[4]);
                sums[0] += score(block);
                sums[1] += block.text().length();
                sums[2] += block.linkChars();
                sums[3] += listScore(block);
            }
        }
        return siblings;
    }

    private static boolean joins(Element sibling, double[] sums, double threshold, double bonus) {
        return sums[0] + sums[3] + classWeight(sibling) + bonus >= threshold
                && sums[2] <= sums[1] * MAX_SIBLING_LINK_DENSITY;
    }

    /** The {@code <article>} around {@code element} that holds the page's headline ({@code <h1>}), or null. */
    private static @Nullable Element headlineArticle(Element element) {
        for (Element at = element.parent(); at != null && !isPageLevel(at); at = at.parent()) {
            if (at.normalName().equals("article")) {
                return at.selectFirst(Selectors.H1) != null ? at : null;
            }
        }
        return null;
    }

    private static boolean isPageLevel(Element element) {
        return element.normalName().equals("body") || element.normalName().equals("html");
    }

    /** The child of {@code parent} that is or holds {@code element}, or null when {@code element} is outside it. */
    private static @Nullable Element childOf(Element parent, Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.parent() == parent) {
                return at;
            }
        }
        return null;
    }

    static double score(CandidateBlock block) {
        if ((block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) || block.caption()
                || block.text().length() < DomRules.MIN_SCORING_CHARS) {
            return 0;
        }
        return textScore(block.text()) * (1 - block.linkDensity());
    }

    /**
     * What a list of sentences adds to its section when sections are compared: each item scored as a paragraph. A
     * list never elects the body's container (a menu or a teaser list would), but a section that holds only a list
     * of running text ({@code <ul><li><p>}: the points of a guide, the steps of a recipe) is a section of the body;
     * menus and tag lists, of short or linked items, score nothing.
     */
    static double listScore(CandidateBlock block) {
        if (block.kind() != BlockKind.LIST || block.caption() || block.cards()) {
            return 0;
        }
        double score = 0;
        for (String item : block.text().split("\n")) {
            score += item.length() < DomRules.MIN_SCORING_CHARS ? 0 : textScore(item);
        }
        return score * (1 - block.linkDensity());
    }

    private static double textScore(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',' || text.charAt(i) == '，' || text.charAt(i) == '、') {
                commas++;
            }
        }
        double lengthBonus = Math.min(text.length() / DomRules.CHARS_PER_POINT, DomRules.MAX_LENGTH_BONUS);
        return 1 + commas + lengthBonus;
    }

    private static double classWeight(Element element) {
        if (element.normalName().equals("body") || element.normalName().equals("html")) {
            return 0; // page-level classes ("page-article") describe the page, not a container
        }
        double weight = 0;
        if (DomRules.CONTENT_TOKENS.containsAny(ClassTokens.of(element))) {
            weight += DomRules.CLASS_WEIGHT;
        }
        if (DomRules.BOILERPLATE_TOKENS.containsAny(ClassTokens.names(element))) {
            weight -= DomRules.CLASS_WEIGHT;
        }
        return weight;
    }
}
