/** The enrich stage: a Kafka Streams topology from raw pages to clean, enriched articles. */
@NullMarked
package io.newsflow.enrich;

import org.jspecify.annotations.NullMarked;
