package io.newsflow.enrich.extract;

/** The kind of a block of article body text. */
public enum BlockKind {
    PARAGRAPH,
    HEADING,
    LIST,
    QUOTE,
    TABLE
}
