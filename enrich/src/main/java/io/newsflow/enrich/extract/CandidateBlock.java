package io.newsflow.enrich.extract;

import org.jsoup.nodes.Element;

/**
 * A block of text found by {@link BlockCollector}, before the body container is chosen.
 *
 * @param kind the block kind
 * @param title whether the block is an {@code <h1>} (the headline, never body)
 * @param caption whether the block is a caption or credit (inside a figure or a small image unit), never body
 * @param text the text, whitespace collapsed
 * @param linkChars how many characters of {@code text} are inside links
 * @param parent the element whose child the block is; the unit the scorer credits
 * @param sameSiteLink whether the block is a heading whose link points to the page's own site (a teaser headline)
 * @param cards whether the block is a list of cards (items with their own heading, picture or article: teasers),
 *     not a list of sentences
 */
record CandidateBlock(BlockKind kind, boolean title, boolean caption, String text, int linkChars, Element parent,
        boolean sameSiteLink, boolean cards) {

    CandidateBlock(BlockKind kind, boolean title, boolean caption, String text, int linkChars, Element parent,
            boolean sameSiteLink) {
        this(kind, title, caption, text, linkChars, parent, sameSiteLink, false);
    }

    CandidateBlock(BlockKind kind, boolean title, boolean caption, String text, int linkChars, Element parent) {
        this(kind, title, caption, text, linkChars, parent, false);
    }

    /** This list block, marked as a list of cards. */
    CandidateBlock asCards() {
        return new CandidateBlock(kind, title, caption, text, linkChars, parent, sameSiteLink, true);
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Whether {@code container} is this block's parent or an ancestor of it. */
    boolean isInside(Element container) {
        for (Element e = parent; e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }
}
