/** Kafka serdes for the Avro records, in Avro's single-object encoding with a store of every released schema. */
@NullMarked
package io.newsflow.schemas.serde;

import org.jspecify.annotations.NullMarked;
