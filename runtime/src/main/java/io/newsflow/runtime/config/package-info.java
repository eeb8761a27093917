/** Typed, validated reading of the flat key/value settings every newsflow app is configured with. */
@NullMarked
package io.newsflow.runtime.config;

import org.jspecify.annotations.NullMarked;
