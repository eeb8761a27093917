/** Publishing: turns fetched pages and failures into RawArticle and DeadLetter records and sends them to Kafka. */
@NullMarked
package io.newsflow.ingest.publish;

import org.jspecify.annotations.NullMarked;
