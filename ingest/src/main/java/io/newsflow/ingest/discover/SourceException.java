package io.newsflow.ingest.discover;

import org.jspecify.annotations.Nullable;

/** A source that could not be read or parsed: an HTTP error, a parse error, a missing file. */
public final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;

    /**
     * @param source the source's URL or file path
     * @param problem what went wrong, e.g. {@code HTTP 404}
     * @param cause the underlying failure, if any
     */
    public SourceException(String source, String problem, @Nullable Throwable cause) {
        super(problem + " reading source " + source, cause);
        this.source = source;
        this.problem = problem;
    }

    /** The source's URL or file path. */
    public String source() {
        return source;
    }

    /** What went wrong, without the source. */
    public String problem() {
        return problem;
    }
}
