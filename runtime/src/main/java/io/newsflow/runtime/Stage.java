package io.newsflow.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;

/**
 * One stage of the pipeline (ingest, enrich, publish) as the process running it sees it: started once, closed within
 * a deadline, asked for its health, and measured. Stages talk to each other only through Kafka, so a process may run
 * any subset of them.
 */
public interface Stage extends AutoCloseable {

    /** How long {@link #close()} gives a stage when the caller names no deadline. */
    Duration DEFAULT_CLOSE = Duration.ofSeconds(30);

    /**
     * The stage's name as written in dead letters, meters and logs: {@code ingest}, {@code enrich}, {@code publish}.
     */
    String name();

    /**
     * Starts the stage's own threads; returns at once.
     *
     * @throws IllegalStateException when already started or closed
     */
    void start();

    /** Whether the stage is ready to do its work, and if not, why. */
    StageHealth health();

    /** The error that stopped the stage, if one did; the process should then exit non-zero. */
    Optional<Throwable> failure();

    /** The consumer group and topic this stage reads, for lag; empty for a stage that reads no topic. */
    Optional<StageInput> input();

    /**
     * Binds the stage's Kafka client metrics and its own gauges to {@code registry}; they are unbound at close.
     * Counters the stage keeps as it works are registered where it was built.
     */
    void bindMetrics(MeterRegistry registry);

    /** Stops the stage, waiting at most {@code deadline} for work in flight; idempotent. */
    void close(Duration deadline);

    /** Stops the stage within {@link #DEFAULT_CLOSE}. */
    @Override
    default void close() {
        close(DEFAULT_CLOSE);
    }
}
