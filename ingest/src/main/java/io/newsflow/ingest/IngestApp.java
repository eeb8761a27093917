package io.newsflow.ingest;

import io.newsflow.ingest.discover.SourceDiscoverer;
import io.newsflow.ingest.discover.SourceReader;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.ingest.publish.RecordFactory;
import io.newsflow.runtime.Stage;
import io.newsflow.runtime.StageHealth;
import io.newsflow.runtime.StageInput;
import io.newsflow.runtime.deadletter.DeadLetterWriter;
import io.newsflow.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsflow.ingest.fetch.AddressGuard;
import io.newsflow.ingest.fetch.HostGate;
import io.newsflow.ingest.fetch.PoliteFetcher;
import io.newsflow.ingest.fetch.RobotsCache;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: wires the fetcher, discoverers and publisher, and owns the HTTP client, the fetch pool, the
 * polling thread and the Kafka producer.
 *
 * <p>Use {@link #runOnce()} for a single pass over every source, or {@link #start()} to poll each source on its
 * own schedule ({@code ingest.poll.interval}, or the feed's ttl / sy:updatePeriod within bounds) until
 * {@link #close()}.
 */
public final class IngestApp implements Stage {

    private static final Logger LOG = LoggerFactory.getLogger(IngestApp.class);
    /** Extra time close() gives a running pass beyond the fetch deadline, for its flush. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final IngestConfig config;
    private final Producer<byte[], byte[]> producer;
    private final Consumer<byte[], byte[]> consumer;
    private final @Nullable Consumer<byte[], byte[]> frontierConsumer;
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private final CloseableHttpClient httpClient;
    private final IngestPass pass;
    private final SourceSchedule schedule;
    /**
     * Wait between two passes. Each pass reads the sources that are due and takes what the frontier holds for this
     * instance's hosts (other instances put URLs there too), so it is short; a pass with nothing to do costs a poll.
     */
    static final Duration MIN_IDLE = Duration.ofSeconds(1);
    private final ReentrantLock passLock = new ReentrantLock();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicReference<@Nullable Thread> poller = new AtomicReference<>();
    private final AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
    private final AtomicBoolean connected = new AtomicBoolean();
    private final String rawTopic;
    private final List<KafkaClientMetrics> clientMetrics = new ArrayList<>();

    /**
     * Builds the app and its own KafkaProducer.
     *
     * @param config the ingest configuration
     * @param topics where to publish
     * @param clientProperties producer settings ({@code bootstrap.servers}, security, ...); the app sets the
     *     serializers, {@code acks=all}, idempotence, zstd compression and {@code max.request.size} itself
     * @param clock the source of fetch and failure times
     * @param meters where the ingest meters are registered
     */
    public IngestApp(IngestConfig config, Topics topics, Map<String, Object> clientProperties, Clock clock,
            MeterRegistry meters) {
        this(config, topics, IngestClients.producer(clientProperties),
                IngestClients.fetchStateReader(clientProperties),
                IngestClients.frontierReader(clientProperties, topics, config), clock, meters);
    }

    private IngestApp(IngestConfig config, Topics topics, Producer<byte[], byte[]> producer,
            Consumer<byte[], byte[]> consumer, Consumer<byte[], byte[]> frontierConsumer, Clock clock,
            MeterRegistry meters) {
        this(config, topics, producer, consumer, frontierConsumer,
                (publisher, onAssigned, stopping) -> new KafkaFrontier(frontierConsumer, topics.frontier(), publisher,
                        clock, onAssigned, stopping, meters), clock, meters);
    }

    /**
     * Builds the app around {@code producer}, {@code consumer} (mocks in tests) and a frontier; the app closes them.
     */
    IngestApp(IngestConfig config, Topics topics, Producer<byte[], byte[]> producer,
            Consumer<byte[], byte[]> consumer, FrontierFactory frontiers, Clock clock, MeterRegistry meters) {
        this(config, topics, producer, consumer, null, frontiers, clock, meters);
    }

    private IngestApp(IngestConfig config, Topics topics, Producer<byte[], byte[]> producer,
            Consumer<byte[], byte[]> consumer, @Nullable Consumer<byte[], byte[]> frontierConsumer,
            FrontierFactory frontiers, Clock clock, MeterRegistry meters) {
        this.config = config;
        this.rawTopic = topics.rawArticles().name();
        this.producer = producer;
        this.consumer = consumer;
        this.frontierConsumer = frontierConsumer;
        this.pool = Executors.newFixedThreadPool(config.fetchThreads(), threads("ingest-fetch-", true));
        this.timer = Executors.newSingleThreadScheduledExecutor(threads("ingest-timer-", true));
        this.httpClient = HttpFetcher.newClient(config.connectTimeout(), config.fetchThreads());
        // Politeness runs on real time whatever clock stamps the records (tests fix that one).
        Clock pacing = Clock.systemUTC();
        IngestMetrics metrics = new IngestMetrics(meters);
        PassTally tally = new PassTally(metrics);
        HostGate gate = hostGate(config, pacing, metrics);
        IngestPublisher publisher = new IngestPublisher(producer, topics,
                new DeadLetterWriter(topics.deadLetters().name(), RecordFactory.STAGE, meters));
        FetchStates states = new FetchStates(consumer, topics.fetchStates(), meters);
        PoliteFetcher polite = new PoliteFetcher(httpFetcher(config, clock), gate,
                fetch -> new RobotsCache(fetch, config.userAgent(), config.robotsTtl(), config.robotsDefer(),
                        config.robotsMaxBytes(), pacing),
                new KeptSourceStates(states, publisher, tally));
        HostScheduler scheduler = new HostScheduler(gate, pool, timer, pacing, this::isClosing,
                config.hostMaxConcurrent());
        this.schedule = new SourceSchedule(config.pollInterval(), config.pollMin(), config.pollMax(), pacing);
        SourceDiscoverer discoverer = SourceDiscoverer.reading(new SourceReader(polite), config.sitemapWindow(),
                config.sitemapSince(), clock, schedule::hint, tally);
        // hosts handed over: learn what their last owner fetched, and leave them one delay of rest
        Frontier frontier = frontiers.open(publisher, () -> {
            states.catchUp();
            gate.handOver();
        }, this::isClosing);
        this.pass = new IngestPass(config, discoverer, polite, publisher, states, scheduler, pool, tally, clock,
                schedule, frontier, this::isClosing);
    }

    /** Opens the app's frontier over its publisher. */
    @FunctionalInterface
    interface FrontierFactory {
        /**
         * @param onAssigned to run (in the pass thread) when hosts are handed over to this instance
         * @param stopping whether the app is closing
         */
        Frontier open(IngestPublisher publisher, Runnable onAssigned, BooleanSupplier stopping);
    }

    private HttpFetcher httpFetcher(IngestConfig config, Clock clock) {
        return new HttpFetcher(httpClient, config.userAgent(), config.requestTimeout(), config.maxBodyBytes(),
                config.maxCompressionRatio(), config.maxRedirects(), clock,
                AddressGuard.system(config.allowAddresses(), config.allowOrigins()));
    }

    private static HostGate hostGate(IngestConfig config, Clock pacing, IngestMetrics metrics) {
        return new HostGate(config.hostDelay(), config.hostMaxConcurrent(), config.backoffBase(), config.backoffMax(),
                pacing, duration -> {
                    metrics.waited(duration);
                    Thread.sleep(duration.toMillis());
                }, ThreadLocalRandom.current()::nextDouble);
    }

    /**
     * Runs one pass: reads every source, fetches every URL not fetched before by this app, publishes the pages and
     * the failures, and returns once the broker acknowledged every record. Passes never overlap.
     *
     * @throws io.newsflow.ingest.publish.PublishException when a record was not acknowledged
     * @throws IllegalStateException when the app is closed
     */
    public IngestReport runOnce() {
        IngestReport report = runUnlessClosing().orElseThrow(() -> new IllegalStateException("IngestApp is closed"));
        connected.set(true); // the pass's flush returned: the broker acknowledged what was sent
        return report;
    }

    @Override
    public String name() {
        return RecordFactory.STAGE;
    }

    /** Ready once the producer has reached the cluster (its metadata), until polling fails. */
    @Override
    public StageHealth health() {
        RuntimeException error = failure.get();
        if (error != null) {
            return StageHealth.notReady("FAILED", "ingest stopped: " + error);
        }
        return connected.get() ? StageHealth.ready("RUNNING")
                : StageHealth.notReady("CONNECTING", "ingest's producer has not reached the Kafka cluster yet");
    }

    @Override
    public Optional<StageInput> input() {
        return Optional.empty();
    }

    @Override
    public void bindMetrics(MeterRegistry registry) {
        Tags tags = Tags.of("stage", name());
        clientMetrics.add(new KafkaClientMetrics(producer, tags));
        clientMetrics.add(new KafkaClientMetrics(consumer, tags));
        if (frontierConsumer != null) {
            clientMetrics.add(new KafkaClientMetrics(frontierConsumer, tags));
        }
        clientMetrics.forEach(binder -> binder.bindTo(registry));
    }

    /**
     * Starts polling on a thread of its own: each pass reads the due sources of this instance's hosts, puts what
     * they list on the frontier and fetches what the frontier holds for this instance's hosts; then the thread waits
     * {@link #MIN_IDLE}. A failed pass stops polling: it is logged, kept for {@link #failure()}, and thrown to the
     * thread's uncaught-exception handler.
     *
     * @throws IllegalStateException when already started or closed
     */
    @Override
    public void start() {
        if (isClosing()) {
            throw new IllegalStateException("IngestApp is closed");
        }
        Thread thread = threads("ingest-poll", false).newThread(this::poll);
        if (!poller.compareAndSet(null, thread)) {
            throw new IllegalStateException("IngestApp is already started");
        }
        thread.start();
    }

    /** The failure that stopped polling, if one did. */
    @Override
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Stops within the request timeout plus a grace period for the flush; see {@link #close(Duration)}. */
    @Override
    public void close() {
        close(config.requestTimeout().plus(CLOSE_GRACE));
    }

    /**
     * Stops polling, lets the fetches in flight finish within the first half of {@code deadline}, then flushes and
     * closes the clients within the rest. Idempotent.
     */
    @Override
    public void close(Duration deadline) {
        if (isClosing()) {
            return;
        }
        closing.countDown();
        long end = System.nanoTime() + deadline.toNanos();
        Duration bound = deadline.dividedBy(2);
        try {
            Thread thread = poller.get();
            if (thread != null) {
                thread.join(Math.max(1, bound.toMillis()));
            }
            pool.shutdown();
            if (!pool.awaitTermination(Math.max(1, remaining(end).toMillis() / 2), TimeUnit.MILLISECONDS)) {
                LOG.warn("fetches still running {} after close; interrupting them", bound);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // still release everything below, then let the caller see the flag
        } finally {
            pool.shutdownNow();
            timer.shutdownNow();
            httpClient.close(CloseMode.IMMEDIATE); // fetches still running fail at once; nothing is lost
            Optional.ofNullable(poller.get()).ifPresent(Thread::interrupt);
            // close(timeout) flushes what is buffered, within the time left
            producer.close(remaining(end));
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(1)));
            // leaving the group hands this instance's hosts to the others at once; uncommitted URLs are taken again
            if (frontierConsumer != null) {
                frontierConsumer.close(CloseOptions.timeout(Duration.ofSeconds(1)));
            }
            clientMetrics.forEach(KafkaClientMetrics::close);
        }
    }

    private static Duration remaining(long endNanos) {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    private Optional<IngestReport> runUnlessClosing() {
        passLock.lock();
        try {
            return isClosing() ? Optional.empty() : Optional.of(pass.run(source -> true));
        } finally {
            passLock.unlock();
        }
    }

    private void poll() {
        try {
            producer.partitionsFor(rawTopic); // blocks until the cluster answered (max.block.ms), or throws
            connected.set(true);
            do {
                passLock.lock();
                try {
                    if (!isClosing()) {
                        pass.run(schedule::due);
                    }
                } finally {
                    passLock.unlock();
                }
            } while (!closing.await(MIN_IDLE.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // close() gave up waiting for us; nothing left to do
        } catch (RuntimeException e) {
            if (isClosing()) {
                LOG.warn("ingest pass cut short by close(): {}", e.toString());
                return;
            }
            failure.set(e);
            LOG.error("ingest pass failed; polling stops", e);
            throw e;
        }
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    private static ThreadFactory threads(String name, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, daemon ? name + count.incrementAndGet() : name);
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
