package io.newsflow.enrich.extract;

import io.newsflow.enrich.metadata.TextStats;
import org.jspecify.annotations.Nullable;

/** Decides whether a page is an article, and if not, says why. */
final class PageClassifier {

    /** schema.org types of listing pages. */
    static final TokenSet COLLECTION_TYPES = TokenSet.of(
            "JSON-LD collection types", "collectionpage", "itemlist", "searchresultspage", "profilepage");

    /** Fewer body words than this is a stub, a paywall teaser or a page without an article. */
    static final int MIN_ARTICLE_WORDS = 50;

    /** A container with at least this many linked headlines, at least half of its headings, is a teaser list. */
    static final int MIN_TEASER_HEADINGS = 3;

    private PageClassifier() {}

    /**
     * The verdict.
     *
     * @param kind article or not
     * @param reason why not, null for articles
     */
    record Verdict(PageKind kind, @Nullable String reason) {
        static final Verdict ARTICLE = new Verdict(PageKind.ARTICLE, null);

        static Verdict notArticle(String reason) {
            return new Verdict(PageKind.NOT_ARTICLE, reason);
        }
    }

    static Verdict classify(JsonLdArticle ld, ExtractedBody body) {
        if (!ld.article()) {
            for (String type : ld.types()) {
                if (COLLECTION_TYPES.contains(type)) {
                    return Verdict.notArticle("page declares schema.org type " + type);
                }
            }
        }
        if (!body.containerFound()) {
            return Verdict.notArticle("no article body");
        }
        if (body.linkedHeadings() >= MIN_TEASER_HEADINGS && body.linkedHeadings() * 2 >= body.headings()) {
            return Verdict.notArticle("teaser list: " + body.linkedHeadings() + " linked headlines");
        }
        int words = TextStats.of(String.join("\n\n", body.blocks().stream().map(BodyBlock::text).toList())).words();
        if (words < MIN_ARTICLE_WORDS) {
            return Verdict.notArticle("body too short: " + words + " words");
        }
        return Verdict.ARTICLE;
    }
}
