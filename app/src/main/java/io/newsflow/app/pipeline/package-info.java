/** Runs the stages together: topic creation, configuration, idle detection. */
@NullMarked
package io.newsflow.app.pipeline;

import org.jspecify.annotations.NullMarked;
