/**
 * The publish stage: writes enriched articles to the public topics downstream services consume (articles, routes,
 * mentions, stories).
 */
@NullMarked
package io.newsflow.publish;

import org.jspecify.annotations.NullMarked;
