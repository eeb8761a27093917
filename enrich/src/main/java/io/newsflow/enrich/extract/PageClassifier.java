package io.newsflow.enrich.extract;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a page carries from evidence, not from how well the body extraction went: an article, a live blog, a
 * photo story or a short news item (all kept), or no article (a listing, a search page, a gallery or video page
 * without text, a page without a body), saying why.
 *
 * <p>A page that declares itself an article (JSON-LD article type, {@code og:type=article}, a publication date in
 * its meta tags such as {@code article:published_time}, {@code itemprop=articleBody}, its single {@code <h1>} inside
 * {@code <article>}) is one unless strong contrary evidence says otherwise: a declared collection without an article, a
 * video as the main entity. Images, videos, timestamps and linked headings are counted inside the chosen body, never
 * page-wide.
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

    /** {@code og:type} values of articles. */
    static final TokenSet ARTICLE_OG_TYPES = TokenSet.of("og:type article values", "article", "news", "blog");

    /** Fewer body words than this is a stub, a paywall teaser or a page without an article... */
    static final int MIN_ARTICLE_WORDS = 50;

    /** ...unless the page declares an article: then this many words make a short news item. */
    static final int MIN_SHORT_NEWS_WORDS = 15;

    /**
     * A page that does not declare an article needs at least this many words of running text (paragraphs, quotes):
     * lists of links or teasers on an undeclared page are no article.
     */
    static final int MIN_UNDECLARED_WORDS = MIN_ARTICLE_WORDS;

    /** A listing has at least this many linked headlines to its own site, at least half of its headings... */
    static final int MIN_TEASER_HEADINGS = 3;

    /** ...each with a teaser of at most this many words on average (a roundup's sections run longer). */
    static final int MAX_TEASER_WORDS = 60;

    /** A page marked live with at least this many timestamps in its body is a live blog. */
    static final int MIN_LIVE_ENTRIES = 4;

    /** A media page has at most this many words of text beside its pictures or video. */
    static final int MAX_MEDIA_PAGE_WORDS = 150;

    /** A gallery has at least this many images in its body. */
    static final int MIN_GALLERY_IMAGES = 5;

    private PageClassifier() {}

    /**
     * The verdict.
     *
     * @param kind what the page carries
     * @param reason why it is not an article, null for the kinds that are kept
     */
    record Verdict(PageKind kind, @Nullable String reason) {
        static final Verdict ARTICLE = new Verdict(PageKind.ARTICLE, null);

        static Verdict notArticle(String reason) {
            return new Verdict(PageKind.NOT_ARTICLE, reason);
        }

        static Verdict of(PageKind kind) {
            return new Verdict(kind, null);
        }
    }

    /**
     * The verdict on a page.
     *
     * @param markup whether the markup declares one article ({@link ArticleMarkers#declaresArticle})
     * @param dated whether the page states when it was published (a date in its meta, header, text or URL): a dated
     *     page with a few sentences of running text is a post even when it declares no article (a blog or news site
     *     without markup), so its short text or its pictures make a short item or a photo story, not a rejection. A
     *     listing is told by its teasers, never by a date (listings are dated too).
     */
    static Verdict classify(
            JsonLdArticle ld, PageSignals signals, ExtractedBody body, String url, boolean markup, boolean dated) {
        boolean declared = declaresArticle(ld, signals, markup);
        int running = runningWords(body);
        boolean posted = declared || (dated && running >= MIN_SHORT_NEWS_WORDS);
        int words = ArticleWords.count(body.blocks(), MAX_MEDIA_PAGE_WORDS);
        return contrary(ld, signals, url, words)
                .or(() -> live(ld, signals, body, words))
                .or(() -> withoutBody(body, declared, words))
                .or(() -> media(ld, body, posted, words))
                .orElseGet(() -> byLength(posted, words, running));
    }

    /**
     * Evidence strong enough to override a declared article: search pages, collections, a video as the page's subject.
     */
    private static Optional<Verdict> contrary(JsonLdArticle ld, PageSignals signals, String url, int words) {
        if (!ld.article() && SearchPageUrl.matches(url)) {
            return Optional.of(Verdict.notArticle("listing: site search results (URL)"));
        }
        if (!ld.article() && declares(ld, COLLECTION_TYPES)) {
            return Optional.of(Verdict.notArticle("listing: page declares schema.org " + String.join("/", ld.types())));
        }
        String ogType = signals.meta("og:type");
        boolean videoPage = (!ld.article() && declares(ld, VIDEO_TYPES))
                || (ogType != null && ogType.toLowerCase(Locale.ROOT).startsWith("video"));
        if (videoPage && words <= MAX_MEDIA_PAGE_WORDS) {
            return Optional.of(Verdict.notArticle("video page: a player and " + words + " words of text"));
        }
        return Optional.empty();
    }

    private static Optional<Verdict> live(JsonLdArticle ld, PageSignals signals, ExtractedBody body, int words) {
        if (!isLive(ld, body)) {
            return Optional.empty();
        }
        return Optional.of(words >= MIN_SHORT_NEWS_WORDS ? Verdict.of(PageKind.LIVE_BLOG)
                : Verdict.notArticle("live blog without entries: " + words + " words"));
    }

    /** Whether the page is a live blog: it declares one, or its body has live markers and timed entries. */
    static boolean isLive(JsonLdArticle ld, ExtractedBody body) {
        return declares(ld, LIVE_TYPES)
                || body.counts().liveMarkers() > 0 && body.counts().timestamps() >= MIN_LIVE_ENTRIES;
    }

    private static Optional<Verdict> withoutBody(ExtractedBody body, boolean declared, int words) {
        if (!body.containerFound() && body.blocks().isEmpty()) {
            return Optional.of(Verdict.notArticle("no article body"));
        }
        boolean teaserList = body.sameSiteTeasers() >= MIN_TEASER_HEADINGS
                && body.linkedHeadings() * 2 >= body.headings()
                && ArticleWords.count(body.blocks(), Integer.MAX_VALUE) <= body.sameSiteTeasers() * MAX_TEASER_WORDS;
        if (!declared && teaserList) {
            return Optional.of(
                    Verdict.notArticle("listing: " + body.sameSiteTeasers() + " linked headlines with teasers"));
        }
        return Optional.empty();
    }

    /** Pictures with little text: a photo story when the page declares an article, else a gallery. */
    private static Optional<Verdict> media(JsonLdArticle ld, ExtractedBody body, boolean declared, int words) {
        if (words > MAX_MEDIA_PAGE_WORDS) {
            return Optional.empty();
        }
        PageCounts counts = body.counts();
        if (!declared && counts.videos() > 0) {
            return Optional.of(Verdict.notArticle("video page: a player and " + words + " words of text"));
        }
        if (declares(ld, GALLERY_TYPES) || counts.images() >= MIN_GALLERY_IMAGES) {
            return Optional.of(declared && words >= MIN_SHORT_NEWS_WORDS ? Verdict.of(PageKind.PHOTO_STORY)
                    : Verdict.notArticle("gallery: " + counts.images() + " images and " + words + " words of text"));
        }
        return Optional.empty();
    }

    private static Verdict byLength(boolean declared, int words, int runningWords) {
        if (!declared && runningWords < MIN_UNDECLARED_WORDS) {
            return Verdict.notArticle("no article declared and " + runningWords + " words of running text");
        }
        if (words >= MIN_ARTICLE_WORDS) {
            return Verdict.ARTICLE;
        }
        return declared && words >= MIN_SHORT_NEWS_WORDS ? Verdict.of(PageKind.SHORT_NEWS)
                : Verdict.notArticle("body too short: " + words + " words");
    }

    /** Words of paragraphs and quotes: a list of teasers or links is not running text. */
    private static int runningWords(ExtractedBody body) {
        return ArticleWords.count(body.blocks().stream()
                .filter(block -> block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.QUOTE)
                .toList(), MIN_UNDECLARED_WORDS);
    }

    /**
     * Declared article signals: a JSON-LD article, {@code og:type=article}, a publication date in the meta tags
     * ({@code article:published_time}, {@code date}, ...), or the markup ({@link ArticleMarkers#declaresArticle}).
     */
    static boolean declaresArticle(JsonLdArticle ld, PageSignals signals, boolean markup) {
        String ogType = signals.meta("og:type");
        return (ld.article() && !declares(ld, LIVE_TYPES)) || markup
                || (ogType != null && ARTICLE_OG_TYPES.contains(ogType.toLowerCase(Locale.ROOT)))
                || signals.meta(MetaKeys.array(MetaKeys.PUBLISHED)) != null;
    }

    private static boolean declares(JsonLdArticle ld, TokenSet types) {
        return ld.types().stream().anyMatch(types::contains);
    }
}
