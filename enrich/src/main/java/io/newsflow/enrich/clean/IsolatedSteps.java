package io.newsflow.enrich.clean;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each enrichment sub-step so that its failure costs only its own field: the exception is logged at WARN with
 * the article id and counted per field, and the article goes out without that field. Thread-safe.
 */
public final class IsolatedSteps {

    /** The enrichment fields whose steps run isolated. */
    public enum Field {
        LANGUAGE, ENTITIES, DATES, QUOTES, KEYWORDS, DATELINE, AGENCIES;

        /** Lower-case name, as in logs and counter tables. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedSteps.class);

    private final Map<Field, LongAdder> failures = new EnumMap<>(Field.class);

    IsolatedSteps() {
        for (Field field : Field.values()) {
            failures.put(field, new LongAdder());
        }
    }

    /**
     * The step's result, or {@code fallback} when it throws. Continuing is safe: every field is optional in the
     * article schema, and a bug in one heuristic (a rule meeting text it was not written for) must not cost the
     * article and every other field; the WARN line and the counter make the failure visible.
     */
    <T> T run(Field field, String articleId, Supplier<T> step, T fallback) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            failures.get(field).increment();
            LOG.warn("enrichment step {} failed for article {}; the article goes out without it", field.label(),
                    articleId, e);
            return fallback;
        }
    }

    /** How many articles went out without {@code field} because its step failed, since this instance was made. */
    public long failures(Field field) {
        return failures.get(field).sum();
    }
}
