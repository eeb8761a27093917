package io.newsflow.enrich.extract;

/**
 * What a page carries. Every kind but {@link #NOT_ARTICLE} is a news item the pipeline keeps; the kind tells
 * consumers how to read its body.
 */
public enum PageKind {
    /** A page with one article body. */
    ARTICLE,
    /** A live blog or ticker: timestamped entries, newest usually first; the body holds the entries' text. */
    LIVE_BLOG,
    /** A photo story: a declared (or dated) article told mainly in pictures, with a short text. */
    PHOTO_STORY,
    /** A short news item: a declared article, or a dated post, with a few sentences of text. */
    SHORT_NEWS,
    /** An index, tag, search or section page, a gallery or video page without text, or a page without a body. */
    NOT_ARTICLE;

    /** Whether the page is a news item to keep (everything but {@link #NOT_ARTICLE}). */
    public boolean isNews() {
        return this != NOT_ARTICLE;
    }
}
