package io.newsflow.runtime.streams;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TransactionAbortedException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * What a stage does when an exception escapes one of its stream threads. A failed transaction or a lost connection
 * (the broker restarted while a transaction was open: "attempted a transactional operation in an invalid state") is
 * the cluster's, not the data's: the thread is replaced, and exactly-once processing aborts its open transaction, so
 * its records are processed again and written once. Anything else is a bug (records that cannot be processed become
 * dead letters before they get here), and so is a Kafka error that keeps coming back: the stage stops rather than
 * skip data or spin. At most {@link #MAX_REPLACEMENTS} threads are replaced within {@link #WINDOW}.
 */
final class ThreadFailurePolicy {

    static final int MAX_REPLACEMENTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final LongSupplier nanoClock;
    private final Deque<Long> replacements = new ArrayDeque<>();

    ThreadFailurePolicy() {
        this(System::nanoTime);
    }

    ThreadFailurePolicy(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Replace the thread for a Kafka client error while few were replaced lately; else stop the stage. */
    synchronized StreamThreadExceptionResponse respond(Throwable error) {
        if (!clusterError(error)) {
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        long now = nanoClock.getAsLong();
        while (!replacements.isEmpty() && now - replacements.peekFirst() > WINDOW.toNanos()) {
            replacements.removeFirst();
        }
        if (replacements.size() >= MAX_REPLACEMENTS) {
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        replacements.addLast(now);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /** Whether {@code error} or one of its causes is a transaction-state or retriable Kafka client error. */
    static boolean clusterError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidTxnStateException || t instanceof ProducerFencedException
                    || t instanceof InvalidProducerEpochException || t instanceof TransactionAbortedException
                    || t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }
}
