/** Language identification of article text (ISO 639-1 with a confidence), over a configured set of languages. */
@NullMarked
package io.newsflow.enrich.metadata.language;

import org.jspecify.annotations.NullMarked;
