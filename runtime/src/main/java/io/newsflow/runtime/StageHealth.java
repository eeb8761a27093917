package io.newsflow.runtime;

/**
 * Whether a stage is ready, and why not: the answer of {@code /health/ready}.
 *
 * @param ready whether the stage does its work now (a Streams stage is RUNNING, a producer has reached the cluster)
 * @param state a short machine-readable state, e.g. {@code RUNNING}, {@code REBALANCING}, {@code CONNECTING}
 * @param reason why the stage is not ready, for people; empty when ready
 */
public record StageHealth(boolean ready, String state, String reason) {

    /** A ready stage in {@code state}. */
    public static StageHealth ready(String state) {
        return new StageHealth(true, state, "");
    }

    /** A stage not ready, in {@code state}, because of {@code reason}. */
    public static StageHealth notReady(String state, String reason) {
        return new StageHealth(false, state, reason);
    }
}
