/** Metrics and health over HTTP, on the JDK's built-in server. */
@NullMarked
package io.newsflow.runtime.http;

import org.jspecify.annotations.NullMarked;
