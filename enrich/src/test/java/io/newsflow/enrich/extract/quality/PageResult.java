package io.newsflow.enrich.extract.quality;

/**
 * How one extractor did on one golden page.
 *
 * @param body token counts of the body against the golden body (articles only)
 * @param title whether the title matched exactly after whitespace normalisation
 * @param authors whether the author set matched (null when the extractor has no authors, e.g. Readability4J)
 * @param date whether the publication instant matched (null expected = null produced)
 * @param kind whether the article/not-article verdict matched
 */
record PageResult(BodyScore body, boolean title, boolean authors, boolean date, boolean kind) {}
