package io.newsflow.enrich.metadata;

import java.util.Objects;

/**
 * A language detected in a text.
 *
 * @param code ISO 639-1 code, e.g. {@code "de"}
 * @param confidence how sure the detector is, from 0 to 1
 */
public record DetectedLanguage(String code, double confidence) {
    public DetectedLanguage {
        Objects.requireNonNull(code, "code");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
