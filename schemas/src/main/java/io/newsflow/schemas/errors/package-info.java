/** The dead-letter format every stage writes to the DLQ topic, and the Kafka Streams handlers that write it. */
@NullMarked
package io.newsflow.schemas.errors;

import org.jspecify.annotations.NullMarked;
