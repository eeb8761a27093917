/** Reading the dead-letter topic and re-driving dead letters to their source topics, exactly once. */
@NullMarked
package io.newsflow.app.dlq;

import org.jspecify.annotations.NullMarked;
