/** The contract with downstream consumers: the topic catalogue ({@link io.newsflow.schemas.Topics}). */
@NullMarked
package io.newsflow.schemas;

import org.jspecify.annotations.NullMarked;
