/** Discovery: turns configured sources (feeds, URL lists) into article URLs with the hints each source gives. */
@NullMarked
package io.newsflow.ingest.discover;

import org.jspecify.annotations.NullMarked;
