/** The ingest stage: discovers article URLs, fetches them and publishes the pages to the raw-articles topic. */
@NullMarked
package io.newsflow.ingest;

import org.jspecify.annotations.NullMarked;
