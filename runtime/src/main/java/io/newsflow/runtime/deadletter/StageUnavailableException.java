package io.newsflow.runtime.deadletter;

/**
 * The stage itself cannot process anything (its models failed to load, say): not the record's fault. The
 * {@link DeadLetterExceptionHandler} stops the stage on it instead of dead-lettering the record, which would send every
 * following record to the dead-letter topic for a fault no record has.
 */
public final class StageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether {@code failure} is, or was caused by, a stage that cannot work. */
    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StageUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
