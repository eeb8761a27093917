/** The embedded single-node KRaft broker (the default of {@code newsflow run --embedded} and demo) and topic setup. */
@NullMarked
package io.newsflow.app.kafka;

import org.jspecify.annotations.NullMarked;
