package io.newsflow.enrich.extract;

import java.util.regex.Pattern;

/**
 * The DOM heuristics of body extraction, kept as named data (in the manner of trafilatura's {@code xpaths.py}).
 *
 * <p>Class and id attributes are split into lower-case tokens on any non-alphanumeric character, so
 * {@code "ad-inread"} yields {@code ad} and {@code inread}; the sets below match those tokens.
 */
final class DomRules {

    /** Elements whose subtree never holds body text. */
    static final TokenSet SKIPPED_TAGS = TokenSet.of(
            "skipped tags",
            "script", "style", "noscript", "template", "nav", "aside", "button", "input", "select",
            "textarea", "iframe", "svg", "canvas", "video", "audio", "object", "embed", "footer", "amp-ad", "amp-embed",
            "amp-analytics", "amp-sidebar", "amp-iframe", "amp-video", "amp-youtube", "amp-social-share",
            "menu", "dialog", "head", "picture", "img", "label");

    /** Elements that flow inside a paragraph; everything else is treated as a block. */
    static final TokenSet INLINE_TAGS = TokenSet.of(
            "inline tags",
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
            "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "nobr");

    /** Class/id tokens of boilerplate containers: ads, teasers, share bars, comments, consent layers. */
    static final TokenSet BOILERPLATE_TOKENS = TokenSet.of(
            "boilerplate class/id tokens",
            "ad", "ads", "advert", "advertisement", "anzeige", "banner", "breadcrumb", "breadcrumbs", "byline",
            "cmp", "comment", "comments", "consent", "cookie", "cookies", "disqus", "footer", "header", "hidden",
            "masthead", "menu", "meta", "nav", "navigation", "newsletter", "outbrain", "paywall", "popup",
            "promo", "recommended", "related", "share", "sharing", "sidebar", "signup", "social", "sponsored",
            "subscribe", "subscription", "taboola", "tags", "teaser", "toolbar", "widget", "caption", "credit",
            "support", "donate", "donation", "contribution", "contributions", "membership", "upsell", "cta",
            "embed", "tweet", "twitter", "instagram", "print", "skip", "modal", "overlay",
            // consent platforms, named by their vendor: "onetrust-consent-sdk" names onetrust, not consent
            "onetrust", "cookiebot", "usercentrics", "didomi", "sourcepoint");

    /** Elements whose text is a caption or credit: moved to the captions, never body. */
    static final TokenSet FIGURE_TAGS = TokenSet.of("figure tags", "figure", "figcaption");

    /**
     * A caption line ending in its credit: "... den Aufstieg. (Foto: Maria Zöllner)", "Bild: L. Hartmann". Used on
     * short lines only.
     */
    static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:^|[\\s(])(?:©|\\(c\\)|(?:Foto|Fotos|Photo|Photos|Bild|Bilder|Image|Credit|Crédit|Crédits"
                    + "|Imagen|Fotografía"
                    + "|Bildrechte|Bildquelle|Foto/Grafik)\\s*:)\\s*[^!?:()]{1,60}\\)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A small element holding an image and at most this much text is an image unit; its text is a caption. */
    static final int MAX_IMAGE_UNIT_CHARS = 300;

    /**
     * Boilerplate tokens that mark a container, not a line of text: {@code <h2 class="header-anchor">} is a subheading,
     * {@code <div class="header">} is the page header.
     */
    static final TokenSet CONTAINER_ONLY_TOKENS = TokenSet.of(
            "container-only boilerplate tokens", "header", "masthead", "toolbar", "widget", "meta", "print", "embed");

    /** Elements that hold a line of text; container-only tokens do not make them boilerplate. */
    static final TokenSet TEXT_TAGS = TokenSet.of(
            "text tags", "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote");

    /**
     * The boilerplate tokens the relaxed second pass still honours, used when the strict pass finds no article (a
     * page that wraps its text in {@code <div class="content hidden-print teaser-body">}): ads, consent, comments,
     * sharing, navigation and recommendation widgets, never the text.
     */
    static final TokenSet HARD_BOILERPLATE_TOKENS = TokenSet.of(
            "hard boilerplate class/id tokens",
            "ad", "ads", "advert", "advertisement", "anzeige", "cmp", "comment", "comments", "consent", "cookie",
            "cookies", "disqus", "nav", "navigation", "menu", "newsletter", "outbrain", "taboola", "share", "sharing",
            "social", "related", "recommended", "sidebar", "breadcrumb", "breadcrumbs", "footer", "sponsored",
            "popup", "modal", "onetrust", "cookiebot", "usercentrics", "didomi", "sourcepoint");

    /**
     * The hard boilerplate tokens less the comment names, for the thread pass: when the strict and relaxed passes find
     * no article, a page whose text is all in "comment" containers is a thread (a forum's posts, a match's live
     * commentary), and those containers are its text.
     */
    static final TokenSet THREAD_BOILERPLATE_TOKENS =
            HARD_BOILERPLATE_TOKENS.without("thread boilerplate class/id tokens", "comment", "comments");

    /** Image elements, HTML and AMP. */
    static final TokenSet IMAGE_TAGS = TokenSet.of("image tags", "img", "amp-img");

    /** Class/id tokens that suggest the article body. */
    static final TokenSet CONTENT_TOKENS = TokenSet.of(
            "content class/id tokens",
            "article", "artikel", "body", "content", "entry", "inhalt", "main", "post", "prose", "richtext",
            "story", "text", "storytext", "articlebody");

    /**
     * Class/id tokens that keep an element with a boilerplate token, e.g. {@code article-header} (the wrapper of
     * the headline). Broad tokens such as {@code main} or {@code content} are left out on purpose:
     * {@code main-nav} must still be skipped.
     */
    static final TokenSet ARTICLE_TOKENS = TokenSet.of(
            "article wrapper class/id tokens",
            "article", "artikel", "articlebody", "story", "storytext", "richtext", "prose", "entry");

    /** Tags that are never treated as boilerplate by class/id, because they usually wrap the article. */
    static final TokenSet PROTECTED_TAGS = TokenSet.of("protected tags", "html", "body", "main", "article");

    /** Class/id tokens of a visible lead (standfirst) paragraph. */
    static final TokenSet LEAD_TOKENS = TokenSet.of(
            "lead class/id tokens",
            "lead", "intro", "standfirst", "teaser", "summary", "abstract", "dek", "deck", "sapo", "chapo",
            "chapeau", "excerpt", "subtitle", "subheadline", "description", "desc", "lede");

    /** Class/id tokens of byline elements ("authorname" is "author-name" written as one word). */
    static final TokenSet BYLINE_TOKENS = TokenSet.of(
            "byline class/id tokens", "byline", "bylines", "author", "authors", "authorname", "autor", "autoren",
            "writer", "contributor", "signature", "autore", "autora");

    /** Class/id tokens of a kicker (overline) set inside the headline element, which is not part of the title. */
    static final TokenSet KICKER_TOKENS = TokenSet.of(
            "kicker class/id tokens",
            "kicker", "dachzeile", "overline", "eyebrow", "topline", "roofline", "spitzmarke", "surtitre", "surtitle",
            "antetitulo", "antetítulo", "occhiello", "supertitle", "overhead");

    /** Class/id tokens of elements that show the publication date as text. */
    static final TokenSet DATE_TOKENS = TokenSet.of(
            "date class/id tokens",
            "date", "datum", "time", "timestamp", "published", "pubdate", "publishdate", "fecha", "dateline", "posted",
            "postedon", "created", "veroeffentlicht", "publie", "datetime");

    /**
     * Class/id tokens of containers of other people's content (comments, related stories, profiles): their names and
     * dates are never the article's.
     */
    static final TokenSet FOREIGN_TOKENS = TokenSet.of(
            "foreign content class/id tokens",
            "comment", "comments", "related", "recommended", "recommendations", "teasers", "sidebar", "outbrain",
            "taboola", "promo", "readmore", "profile", "reply", "replies", "discussion", "trending", "popular",
            "mostread", "morestories", "kommentare", "kommentar", "commentaires", "comentarios", "commenti");

    /** Class/id tokens of live blogs and tickers. */
    static final TokenSet LIVE_TOKENS = TokenSet.of(
            "live blog class/id tokens", "liveblog", "liveticker", "ticker", "newsticker", "live", "livestream",
            "liveupdates", "directo", "diretta", "endirect");

    /** Class/id tokens of a paywall or registration wall over the text. */
    static final TokenSet PAYWALL_TOKENS = TokenSet.of(
            "paywall class/id tokens", "paywall", "paywalled", "regwall", "registerwall", "registrationwall",
            "subscriberonly", "subscribersonly", "memberonly", "membersonly", "plusartikel");

    /** Words in an iframe's src that make it a video player. */
    static final TokenSet VIDEO_SOURCE_WORDS = TokenSet.of(
            "video iframe source words", "youtube", "vimeo", "dailymotion", "player", "video", "jwplayer",
            "brightcove");

    /** Class/id tokens of tag/keyword lists. */
    static final TokenSet TAG_LIST_TOKENS = TokenSet.of(
            "tag list class/id tokens", "tags", "tag", "keywords", "topics", "themen", "schlagworte");

    /** Class/id tokens of an image credit inside a figure caption. */
    static final TokenSet CREDIT_TOKENS = TokenSet.of(
            "credit class/id tokens", "credit", "copyright", "source", "photographer", "quelle", "bildquelle");

    /** Score of one paragraph is 1 + commas + length / this, capped by {@link #MAX_LENGTH_BONUS}. */
    static final double CHARS_PER_POINT = 100.0;

    static final double MAX_LENGTH_BONUS = 3.0;

    /** Paragraphs shorter than this give no evidence for their container. */
    static final int MIN_SCORING_CHARS = 25;

    /** Added to (or subtracted from) a container's score for a content (or boilerplate) class/id token. */
    static final double CLASS_WEIGHT = 10.0;

    /** Blocks with a larger share of linked text are navigation, not body. */
    static final double MAX_LINK_DENSITY = 0.5;

    private DomRules() {}
}
