/** The publish stage: writes enriched articles to the public topic that downstream services consume. */
@NullMarked
package io.newsflow.publish;

import org.jspecify.annotations.NullMarked;
