/** The one Kafka Streams stage base enrich and publish extend: exactly-once, dead letters, failure policy, limits. */
@NullMarked
package io.newsflow.runtime.streams;

import org.jspecify.annotations.NullMarked;
