package io.newsflow.app.cli.bench;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.pipeline.Pipeline;
import io.newsflow.app.pipeline.PipelineConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.publish.RoutingTopology;
import io.newsflow.runtime.StageHealth;
import io.newsflow.schemas.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * One {@code bench pipeline} run: starts enrich and publish, feeds the articles, watches them arrive while sampling
 * CPU, heap and each stage's output, and returns the figures. Stages, feed and watcher share the process, so their
 * CPU is told apart by thread: a thread belongs to a stage when its name holds the stage's application id (its
 * stream threads and their clients' network threads); the feed has its own thread, the main thread builds the stages
 * and runs the watcher; the rest is the broker (when embedded) and the JVM.
 */
final class PipelineBenchRun {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(200);
    private static final List<String> STAGES = List.of(EnrichTopology.STAGE, RoutingTopology.STAGE);

    private final PipelineConfig config;
    private final Map<String, Object> client;
    private final BenchFeed feed;
    private final PrintWriter progress;
    private final ResourceSampler sampler;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    /** Samples of each stage's output count: time (System.nanoTime) and records out. */
    private final Map<String, List<long[]>> outputs = new ConcurrentHashMap<>();
    /** When every stage was first seen RUNNING (System.nanoTime); 0 until then. */
    private long allRunning;

    PipelineBenchRun(PipelineConfig config, Map<String, Object> client, BenchFeed feed, PrintWriter progress) {
        this.config = config;
        this.client = client;
        this.feed = feed;
        this.progress = progress;
        this.sampler = new ResourceSampler(this::threadGroup);
        STAGES.forEach(stage -> outputs.put(stage, new ArrayList<>()));
    }

    private String threadGroup(String threadName) {
        if (threadName.contains(config.enrich().applicationId())) {
            return EnrichTopology.STAGE;
        } else if (threadName.contains(config.publish().applicationId())) {
            return RoutingTopology.STAGE;
        } else if (threadName.contains("bench-feed")) {
            return "feed";
        } else if (threadName.equals("main")) {
            return "main (startup, watcher)"; // builds the topologies (loads the models), then polls the watcher
        }
        return "broker & other";
    }

    /**
     * Runs {@code count} articles through at {@code rate} per second (0: unpaced).
     *
     * @throws IllegalStateException when a stage dies, the feed fails or not every article arrived within
     *     {@code timeout}
     */
    PipelineBenchReport run(String setup, int count, double rate, Duration timeout) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        long[] gcBefore = ResourceSampler.gcMillisAndCount();
        long start = System.nanoTime();
        ScheduledExecutorService ticker =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "bench-sampler"));
        try (Pipeline pipeline = new Pipeline(config, (String) client.get("bootstrap.servers"), false, meters);
                ArrivalWatcher watcher = new ArrivalWatcher(client, pipeline.topics())) {
            ticker.scheduleAtFixedRate(
                    () -> sample(pipeline, meters), 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            AtomicReference<@Nullable RuntimeException> feedFailure = new AtomicReference<>();
            Thread feeder = new Thread(() -> produce(pipeline.topics(), count, rate, feedFailure), "bench-feed");
            awaitRunning(pipeline, timeout);
            feeder.start();
            awaitArrivals(pipeline, watcher, count, timeout, feedFailure);
            long end = System.nanoTime();
            ticker.shutdown();
            sample(pipeline, meters);
            return report(setup, count, watcher, start, end, gcBefore);
        } finally {
            ticker.shutdownNow();
        }
    }

    /**
     * Waits until every stage is RUNNING, so that the offered rate meets a running pipeline and the latency measures
     * processing, not the group join; the time to the first article still counts from the start.
     */
    private static void awaitRunning(Pipeline pipeline, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pipeline.health().values().stream().allMatch(StageHealth::ready)) {
            pipeline.failIfDead();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the stages were not running after " + timeout + ": " + pipeline.health());
            }
            LockSupport.parkNanos(SAMPLE_EVERY.toNanos());
        }
    }

    private void produce(Topics topics, int count, double rate, AtomicReference<@Nullable RuntimeException> failure) {
        try {
            feed.produce(BenchPipelineCommand.producerProperties(client), topics.rawArticles(), count, rate, sentAt);
        } catch (RuntimeException e) {
            failure.set(e); // rethrown by the main thread, which stops the run
        }
    }

    private void awaitArrivals(Pipeline pipeline, ArrivalWatcher watcher, int count, Duration timeout,
            AtomicReference<@Nullable RuntimeException> feedFailure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int arrived = 0;
        while (arrived < count) {
            arrived = watcher.poll(Duration.ofMillis(100));
            pipeline.failIfDead();
            RuntimeException failure = feedFailure.get();
            if (failure != null) {
                throw failure;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "only " + arrived + " of " + count + " articles arrived within " + timeout);
            }
            if (System.nanoTime() > nextProgress) {
                nextProgress += Duration.ofSeconds(10).toNanos();
                progress.printf(Locale.ROOT, "%d of %d articles out, %d sent, heap used %.0f MB%n", arrived, count,
                        sentAt.size(), ResourceSampler.heapUsed() / 1048576.0);
                progress.flush();
            }
        }
    }

    private synchronized void sample(Pipeline pipeline, SimpleMeterRegistry meters) {
        sampler.sample();
        long now = System.nanoTime();
        if (allRunning == 0 && pipeline.health().values().stream().allMatch(StageHealth::ready)) {
            allRunning = now;
        }
        for (String stage : STAGES) {
            FunctionCounter out = meters.find("newsflow.records.out").tag("stage", stage).functionCounter();
            if (out != null) {
                outputs.get(stage).add(new long[] {now, (long) out.count()});
            }
        }
    }

    private synchronized PipelineBenchReport report(
            String setup, int count, ArrivalWatcher watcher, long start, long end, long[] gcBefore) {
        Map<String, Long> published = watcher.published();
        long[] latencies = published.entrySet().stream()
                .mapToLong(e -> e.getValue() - sentAt.get(e.getKey()))
                .toArray();
        long[] arrivals = published.values().stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Double> stageRates = new LinkedHashMap<>();
        outputs.forEach((stage, samples) -> stageRates.put(stage + " output (10%-90%)", windowRate(samples)));
        stageRates.put("stages running after start", allRunning == 0 ? Double.NaN : (allRunning - start) / 1e9);
        outputs.forEach((stage, samples) -> stageRates.put(stage + " first output after start", samples.stream()
                .filter(sample -> sample[1] > 0).mapToDouble(sample -> (sample[0] - start) / 1e9).findFirst()
                .orElse(Double.NaN)));
        Map<String, Long> cpu = sampler.cpuByGroup();
        long heapPeak = sampler.heapPeak();
        long[] gcAfter = ResourceSampler.gcMillisAndCount();
        long[] gc = {gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]};
        long[] rss = {ResourceSampler.procStatusKb("VmRSS"), ResourceSampler.procStatusKb("VmHWM")};
        System.gc(); // the benchmark reports the heap the running stages hold, which needs the garbage gone
        long heapAfterGc = ResourceSampler.heapUsed();
        double firstOut = arrivals.length == 0 ? Double.NaN : (arrivals[0] - start) / 1e9;
        return new PipelineBenchReport(setup, count, published.size(), watcher.deadLettered(), watcher.duplicates(),
                windowRate(arrivals), stageRates, firstOut, latencies, cpu, heapPeak, heapAfterGc, rss, gc,
                (end - start) / 1e9);
    }

    /** Rate over the 10 %→90 % window of sorted arrival times; NaN when the window is empty. */
    static double windowRate(long[] sortedArrivals) {
        int n = sortedArrivals.length;
        if (n < 10) {
            return Double.NaN;
        }
        int from = n / 10;
        int to = (int) (n * 0.9) - 1;
        double seconds = (sortedArrivals[to] - sortedArrivals[from]) / 1e9;
        return seconds > 0 ? (to - from) / seconds : Double.NaN;
    }

    /** Rate over the window in which a stage's output count went from 10 % to 90 % of its final value. */
    private static double windowRate(List<long[]> samples) {
        long last = samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[1];
        long[] from = null;
        long[] to = null;
        for (long[] sample : samples) {
            from = from == null && sample[1] >= last / 10 ? sample : from;
            to = to == null && sample[1] >= last * 9 / 10 ? sample : to;
        }
        return last < 10 || from == null || to == null || to[0] <= from[0] ? Double.NaN
                : (to[1] - from[1]) / ((to[0] - from[0]) / 1e9);
    }
}
