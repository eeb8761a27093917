package io.newsflow.enrich.step;

import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/**
 * The result of a topology step: {@link Ok} with the value to pass on, or {@link Rejected} with the reason and the
 * input record, so the rejection can go to the dead-letter topic with the original data.
 *
 * @param <T> the value a successful step produces
 */
public sealed interface StepResult<T> {

    /** A successful step. */
    record Ok<T>(T value) implements StepResult<T> {}

    /** A rejected record: why, in words, and the input record the stage received. */
    record Rejected<T>(Reason reason, String detail, SpecificRecord input) implements StepResult<T> {}

    /** Success. */
    static <T> StepResult<T> ok(T value) {
        return new Ok<>(value);
    }

    /** A rejection of {@code input}. */
    static <T> StepResult<T> rejected(Reason reason, String detail, SpecificRecord input) {
        return new Rejected<>(reason, detail, input);
    }

    /** Whether the step succeeded. */
    default boolean isOk() {
        return this instanceof Ok<T>;
    }

    /** Applies the next step to a successful value; a rejection passes through unchanged. */
    default <R> StepResult<R> then(Function<T, StepResult<R>> next) {
        if (this instanceof Ok<T> ok) {
            return next.apply(ok.value());
        }
        Rejected<T> rejected = (Rejected<T>) this;
        return new Rejected<>(rejected.reason(), rejected.detail(), rejected.input());
    }

    /** Maps a successful value; a rejection passes through unchanged. */
    default <R> StepResult<R> map(Function<T, R> mapper) {
        return then(value -> ok(mapper.apply(value)));
    }

    /** The value of a successful step. @throws IllegalStateException when rejected */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("step was rejected: " + this);
    }
}
