/** The outcome of a topology step: an article to pass on, or a rejection with a reason. */
@NullMarked
package io.newsflow.enrich.step;

import org.jspecify.annotations.NullMarked;
