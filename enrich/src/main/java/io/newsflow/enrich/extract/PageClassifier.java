package io.newsflow.enrich.extract;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a page is an article, and if not, says why: a live blog, a listing (index, tag, search), a gallery,
 * a video page, or a page without an article body.
 */
final class PageClassifier {

    /** schema.org types of listing pages. */
    static final TokenSet COLLECTION_TYPES = TokenSet.of(
            "JSON-LD collection types", "collectionpage", "itemlist", "searchresultspage", "profilepage");

    /** schema.org types of live blogs. */
    static final TokenSet LIVE_TYPES = TokenSet.of("JSON-LD live blog types", "liveblogposting");

    /** schema.org types of galleries and video pages. */
    static final TokenSet GALLERY_TYPES = TokenSet.of("JSON-LD gallery types", "imagegallery", "mediagallery");

    static final TokenSet VIDEO_TYPES = TokenSet.of("JSON-LD video types", "videoobject", "videogallery");

    /** Fewer body words than this is a stub, a paywall teaser or a page without an article. */
    static final int MIN_ARTICLE_WORDS = 50;

    /** A container with at least this many linked headlines, at least half of its headings, is a teaser list. */
    static final int MIN_TEASER_HEADINGS = 3;

    /** A page marked live with at least this many timestamps is a live blog. */
    static final int MIN_LIVE_ENTRIES = 4;

    /** A media page has at most this many words of text beside its pictures or video. */
    static final int MAX_MEDIA_PAGE_WORDS = 150;

    /** A gallery has at least this many images. */
    static final int MIN_GALLERY_IMAGES = 5;

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

    static Verdict classify(JsonLdArticle ld, PageSignals signals, ExtractedBody body, String url) {
        PageCounts counts = signals.counts();
        if (!ld.article() && SearchPageUrl.matches(url)) {
            return Verdict.notArticle("listing: site search results (URL)");
        }
        if (declares(ld, LIVE_TYPES)) {
            return Verdict.notArticle("live blog: page declares schema.org LiveBlogPosting");
        }
        if (counts.liveMarkers() > 0 && counts.timestamps() >= MIN_LIVE_ENTRIES) {
            return Verdict.notArticle("live blog: marked live, " + counts.timestamps() + " timestamped entries");
        }
        if (!ld.article() && declares(ld, COLLECTION_TYPES)) {
            return Verdict.notArticle("listing: page declares schema.org " + String.join("/", ld.types()));
        }
        if (!body.containerFound()) {
            return Verdict.notArticle("no article body");
        }
        if (body.linkedHeadings() >= MIN_TEASER_HEADINGS && body.linkedHeadings() * 2 >= body.headings()) {
            return Verdict.notArticle("listing: " + body.linkedHeadings() + " linked headlines");
        }
        int words = ArticleWords.count(body.blocks(), MAX_MEDIA_PAGE_WORDS);
        return media(ld, signals, words).orElseGet(() -> words < MIN_ARTICLE_WORDS
                ? Verdict.notArticle("body too short: " + words + " words")
                : Verdict.ARTICLE);
    }

    private static Optional<Verdict> media(JsonLdArticle ld, PageSignals signals, int words) {
        if (words > MAX_MEDIA_PAGE_WORDS) {
            return Optional.empty();
        }
        PageCounts counts = signals.counts();
        String ogType = signals.meta("og:type");
        boolean video = declares(ld, VIDEO_TYPES) || counts.videos() > 0 || (ogType != null && ogType.startsWith("video"));
        if (video) {
            return Optional.of(Verdict.notArticle("video page: a player and " + words + " words of text"));
        }
        if (declares(ld, GALLERY_TYPES) || counts.images() >= MIN_GALLERY_IMAGES) {
            return Optional.of(
                    Verdict.notArticle("gallery: " + counts.images() + " images and " + words + " words of text"));
        }
        return Optional.empty();
    }

    private static boolean declares(JsonLdArticle ld, TokenSet types) {
        return ld.types().stream().anyMatch(types::contains);
    }
}
