/** What every stage runs on: the {@link io.newsflow.runtime.Stage} contract and its health. */
@NullMarked
package io.newsflow.runtime;

import org.jspecify.annotations.NullMarked;
