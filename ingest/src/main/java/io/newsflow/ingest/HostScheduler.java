package io.newsflow.ingest;

import io.newsflow.ingest.fetch.HostGate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs fetch jobs with one queue per host: each host has up to {@code perHost} chains that take the next job of
 * their host when the host's gate says it may be requested, and wait on a timer (not on a fetch thread) until then.
 * So a slow, paused or Crawl-delayed host holds no thread, and many hosts are fetched in parallel.
 */
final class HostScheduler {

    private final HostGate gate;
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final BooleanSupplier stopping;
    private final int perHost;
    /** Longest single wait on the timer before the chain checks again whether the app is stopping. */
    static final Duration MAX_WAIT_SLICE = Duration.ofMillis(250);

    HostScheduler(HostGate gate, ExecutorService pool, ScheduledExecutorService timer, Clock clock,
            BooleanSupplier stopping, int perHost) {
        this.gate = gate;
        this.pool = pool;
        this.timer = timer;
        this.clock = clock;
        this.stopping = stopping;
        this.perHost = perHost;
    }

    /** Runs every job (in order per host) and returns a future that completes when all have ended or been cancelled. */
    CompletableFuture<Void> runAll(List<Job> jobs) {
        Map<String, Deque<Job>> byHost = new LinkedHashMap<>();
        jobs.forEach(job -> byHost.computeIfAbsent(job.host(), host -> new ConcurrentLinkedDeque<>()).add(job));
        List<CompletableFuture<Void>> chains = new ArrayList<>();
        byHost.forEach((host, queue) -> {
            for (int i = 0; i < Math.min(perHost, queue.size()); i++) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                chains.add(done);
                next(host, queue, done);
            }
        });
        return CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new));
    }

    private void next(String host, Deque<Job> queue, CompletableFuture<Void> done) {
        if (stopping.getAsBoolean()) {
            for (Job job = queue.poll(); job != null; job = queue.poll()) {
                job.cancel();
            }
        }
        Job job = queue.poll();
        if (job == null) {
            done.complete(null);
            return;
        }
        Duration wait = Duration.between(clock.instant(), gate.readyAt(host));
        if (wait.isNegative() || wait.isZero()) {
            execute(host, queue, job, done);
        } else {
            // Waits in slices, so that a host paused for minutes does not hold up a shutdown.
            long millis = Math.min(wait.toMillis() + 1, MAX_WAIT_SLICE.toMillis());
            queue.addFirst(job);
            timer.schedule(() -> next(host, queue, done), millis, TimeUnit.MILLISECONDS);
        }
    }

    private void execute(String host, Deque<Job> queue, Job job, CompletableFuture<Void> done) {
        try {
            pool.execute(() -> runJob(host, queue, job, done));
        } catch (RejectedExecutionException e) {
            // The pool is shut down: the app is closing. The job is not run; the next run fetches its URL.
            job.cancel();
            for (Job rest = queue.poll(); rest != null; rest = queue.poll()) {
                rest.cancel();
            }
            done.complete(null);
        }
    }

    private void runJob(String host, Deque<Job> queue, Job job, CompletableFuture<Void> done) {
        try {
            if (stopping.getAsBoolean()) {
                job.cancel();
            } else if (!job.run()) {
                queue.addFirst(job); // to be retried once the host's pause (set by the job) is over
            }
            next(host, queue, done);
        } catch (RuntimeException | Error e) {
            done.completeExceptionally(e);
        }
    }

    /** One URL's fetch. */
    interface Job {
        /** The host key the job's URL belongs to. */
        String host();

        /** Runs the fetch; false to be run again later (the job has paused its host). */
        boolean run();

        /** The job will not run: the app is stopping. */
        void cancel();
    }
}
