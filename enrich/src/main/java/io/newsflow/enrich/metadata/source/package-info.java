/** Where an article comes from: its dateline and the news agencies it credits. */
@NullMarked
package io.newsflow.enrich.metadata.source;

import org.jspecify.annotations.NullMarked;
