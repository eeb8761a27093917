/** The bundled sample news site that newsflow demo serves on loopback. */
@NullMarked
package io.newsflow.app.sample;

import org.jspecify.annotations.NullMarked;
