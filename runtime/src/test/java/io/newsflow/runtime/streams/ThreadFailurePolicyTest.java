package io.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailurePolicyTest {

    /** What Kafka Streams reports when the broker restarted during a commit. */
    private static final Throwable BROKER_RESTART = new StreamsException("Error encountered trying to commit a "
            + "transaction", new InvalidTxnStateException("The producer attempted a transactional operation in an "
            + "invalid state."));

    private final AtomicLong now = new AtomicLong();
    private final ThreadFailurePolicy policy = new ThreadFailurePolicy(now::get);

    @Test
    void replacesAThreadThatAFailedTransactionOrATimeoutStopped() {
        assertThat(policy.respond(BROKER_RESTART)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(policy.respond(new StreamsException(new TimeoutException("no broker"))))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void stopsOnAnyOtherError() {
        assertThat(policy.respond(new StreamsException(new NullPointerException("a bug"))))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(policy.respond(new IllegalStateException("a bug")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void stopsWhenKafkaErrorsKeepComingAndReplacesAgainAfterAQuietWindow() {
        for (int i = 0; i < ThreadFailurePolicy.MAX_REPLACEMENTS; i++) {
            assertThat(policy.respond(BROKER_RESTART)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        }
        assertThat(policy.respond(BROKER_RESTART)).as("one too many within the window")
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        now.addAndGet(ThreadFailurePolicy.WINDOW.toNanos() + 1);
        assertThat(policy.respond(BROKER_RESTART)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }
}
