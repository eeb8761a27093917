/** Text-level metadata of an article body: its language and its size. */
@NullMarked
package io.newsflow.enrich.metadata;

import org.jspecify.annotations.NullMarked;
