/** Turns a fetched news page into an {@link io.newsflow.enrich.extract.ExtractedArticle}: metadata and body blocks. */
@NullMarked
package io.newsflow.enrich.extract;

import org.jspecify.annotations.NullMarked;
