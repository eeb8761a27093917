/** The most characteristic terms of an article, found with Lucene's analyzers. */
@NullMarked
package io.newsflow.enrich.metadata.keywords;

import org.jspecify.annotations.NullMarked;
