/** Dates mentioned in an article body, resolved against its publication date. */
@NullMarked
package io.newsflow.enrich.metadata.dates;

import org.jspecify.annotations.NullMarked;
