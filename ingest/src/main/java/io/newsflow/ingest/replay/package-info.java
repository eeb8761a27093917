/** Replay: reads archived pages (WARC, JSON Lines) and publishes them to the raw topic as ingest would have. */
@NullMarked
package io.newsflow.ingest.replay;

import org.jspecify.annotations.NullMarked;
