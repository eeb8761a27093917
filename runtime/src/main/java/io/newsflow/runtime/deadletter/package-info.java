/**
 * The dead-letter format every stage writes to the DLQ topic: the one writer, and the Kafka Streams handlers using it.
 */
@NullMarked
package io.newsflow.runtime.deadletter;

import org.jspecify.annotations.NullMarked;
