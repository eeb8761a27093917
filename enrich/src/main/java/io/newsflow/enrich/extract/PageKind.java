package io.newsflow.enrich.extract;

/** Whether a page carries an article. */
public enum PageKind {
    /** A page with one article body. */
    ARTICLE,
    /** An index, tag or section page, or a page without an article body. */
    NOT_ARTICLE
}
