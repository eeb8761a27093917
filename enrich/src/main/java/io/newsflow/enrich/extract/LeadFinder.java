package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the standfirst (lead) paragraphs that sit above the body container, usually in the article header between
 * the headline and the text. A paragraph there is a lead when the page marks it as one (class {@code lead},
 * {@code intro}, ...), when it opens like the description, or when it is a full sentence inside the same
 * {@code <article>} as the body.
 */
final class LeadFinder {

    /** A lead and the description agree when they share this many leading characters. */
    static final int LEAD_MATCH_CHARS = 40;

    /** Shorter unmarked paragraphs above the body are datelines, bylines or labels. */
    static final int MIN_UNMARKED_LEAD_CHARS = 80;

    /** A subheading under the headline with at least this many words is a standfirst, not a kicker or label. */
    static final int MIN_SUBTITLE_WORDS = 6;

    private LeadFinder() {}

    static List<String> leads(
            List<CandidateBlock> candidates, Element container, @Nullable String description, List<String> marked) {
        List<CandidateBlock> above = new ArrayList<>();
        boolean afterHeadline = false;
        boolean justAfterTitle = false;
        List<CandidateBlock> subtitles = new ArrayList<>();
        for (CandidateBlock block : candidates) {
            if (block.isInside(container)) {
                break;
            }
            boolean previousWasTitle = justAfterTitle;
            justAfterTitle = block.title();
            if (block.kind() == BlockKind.HEADING && !block.title() && isSubtitle(block, marked, previousWasTitle)) {
                above.add(block);
                subtitles.add(block); // a standfirst set as a subheadline (<h2 class="subheadline">) under the headline
            } else if (block.title() || block.kind() == BlockKind.HEADING) {
                afterHeadline = true;
                above.clear();
            } else if (block.kind() == BlockKind.PARAGRAPH && !block.caption()
                    && block.linkDensity() <= DomRules.MAX_LINK_DENSITY) {
                above.add(block);
            }
        }
        Element article = articleOf(container);
        List<String> leads = new ArrayList<>();
        for (String text : marked) {
            // a marked lead the page hides from the block walk (class "teaser") still counts when the description
            // agrees
            if (description != null && sharesOpening(text, description) && !contains(above, text)) {
                leads.add(text);
            }
        }
        for (CandidateBlock block : above) {
            String text = block.text();
            if (leads.contains(text)) {
                continue;
            }
            boolean isMarked = marked.contains(text);
            boolean described = description != null && sharesOpening(text, description);
            boolean sameArticle = afterHeadline && article != null && block.isInside(article)
                    && text.length() >= MIN_UNMARKED_LEAD_CHARS && !BylineParser.isByline(text);
            if (isMarked || described || sameArticle || subtitles.contains(block)) {
                leads.add(text);
            }
        }
        return leads;
    }

    /** A subheading right under the headline that reads as a sentence, or one the page marks as the lead. */
    private static boolean isSubtitle(CandidateBlock block, List<String> marked, boolean rightAfterTitle) {
        return marked.contains(block.text())
                || (rightAfterTitle && ArticleWords.count(block.text()) >= MIN_SUBTITLE_WORDS);
    }

    private static boolean contains(List<CandidateBlock> blocks, String text) {
        return blocks.stream().anyMatch(block -> block.text().equals(text));
    }

    private static @Nullable Element articleOf(Element container) {
        for (Element e = container; e != null; e = e.parent()) {
            if (e.normalName().equals("article") || e.normalName().equals("main")) {
                return e;
            }
        }
        return null;
    }

    static boolean sharesOpening(String a, String b) {
        int length = Math.min(LEAD_MATCH_CHARS, Math.min(a.length(), b.length()));
        return length > 0 && a.regionMatches(true, 0, b, 0, length);
    }
}
