package io.newsflow.app.cli;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.PipelineConfig;
import io.newsflow.runtime.http.StatusServer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsflow run} as a service: the stages run until SIGTERM (or Ctrl-C), with {@code /metrics} and
 * {@code /health} served on the HTTP port. On SIGTERM the stages are closed within {@link #CLOSE_DEADLINE}; if that
 * does not finish within {@link #SHUTDOWN_BOUND}, the process halts with exit code 1 rather than hang.
 */
final class ServiceRun {

    /** What the stages get, in all, to stop cleanly (commit, leave the group, flush). */
    static final Duration CLOSE_DEADLINE = Duration.ofSeconds(20);
    /** The longest a SIGTERM may take; compose's stop_grace_period and Kubernetes' grace period must exceed it. */
    static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(25);

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRun.class);

    private final PipelineConfig config;
    private final KafkaTarget target;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * @param target the cluster; an embedded broker is stopped here too, after the stages and before the shutdown
     *     hook lets the JVM exit, so its log is closed cleanly
     */
    ServiceRun(PipelineConfig config, KafkaTarget target) {
        this.config = config;
        this.target = target;
    }

    /**
     * Runs until SIGTERM; returns 0 after a clean stop (the JVM then exits with 143, SIGTERM's code).
     *
     * @throws IllegalStateException when a stage dies of an unexpected error
     */
    int runUntilStopped() {
        Thread hook = new Thread(this::stopOnSignal, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrometheusMeterRegistry meters = meters();
        try (Pipeline pipeline = new Pipeline(config, target.bootstrapServers(), true, meters)) {
            Optional<StatusServer> server = serve(config.newsflow().httpPort(), pipeline, meters);
            try {
                while (!await(stopRequested, Duration.ofSeconds(1))) {
                    pipeline.failIfDead();
                }
                LOG.info("stop requested: closing the stages within {}", CLOSE_DEADLINE);
                pipeline.close(CLOSE_DEADLINE);
                LOG.info("stopped cleanly");
                return 0;
            } finally {
                server.ifPresent(StatusServer::close);
            }
        } finally {
            target.close();
            meters.close();
            stopped.countDown();
        }
    }

    /** Serves {@code /metrics} and {@code /health} for {@code pipeline} on {@code port}; nothing when it is 0. */
    static Optional<StatusServer> serve(int port, Pipeline pipeline, PrometheusMeterRegistry meters) {
        return port == 0 ? Optional.empty() : Optional.of(StatusServer.start(port, meters, pipeline::health));
    }

    private void stopOnSignal() {
        stopRequested.countDown();
        if (!await(stopped, SHUTDOWN_BOUND)) {
            LOG.error("the stages did not stop within {}; halting", SHUTDOWN_BOUND);
            Runtime.getRuntime().halt(NewsflowCommand.FAILED);
        }
    }

    /** The registry {@code /metrics} shows, with the JVM's own meters bound. */
    static PrometheusMeterRegistry meters() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }

    private static boolean await(CountDownLatch latch, Duration timeout) {
        try {
            return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
