package io.newsflow.runtime.config;

import java.util.List;

/** Settings that cannot be used, with every problem found, so that an operator fixes them all in one go. */
public final class InvalidSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What was being configured: {@code ingest}, {@code enrich}, {@code newsflow}. */
    private final String scope;
    /** One message per problem. */
    private final List<String> problems;

    /**
     * @param scope what was being configured
     * @param problems every problem found, at least one
     */
    public InvalidSettingsException(String scope, List<String> problems) {
        super("invalid " + scope + " configuration: " + String.join("; ", problems));
        this.scope = scope;
        this.problems = List.copyOf(problems);
    }

    /** What was being configured. */
    public String scope() {
        return scope;
    }

    /** Every problem found. */
    public List<String> problems() {
        return problems;
    }
}
