package io.newsflow.app.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.it.faults.OutputWatcher.Tally;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Faults survived, nothing lost: enrich, publish and the broker each run in a JVM of their own and are killed with
 * SIGKILL a third of the way through {@value #DEFAULT_PAGES} real-size pages, then started again (the broker on the same
 * data and port, a stage with the same instance id and state directory). With exactly-once processing, every input
 * must then be exactly once on the articles topic (read_committed) or the dead-letter topic, and a restarted stage's
 * output must grow again within {@link #RESTART_BUDGET} of its Kafka Streams client starting. The page count can
 * be lowered with {@code -Dnewsflow.faults.pages=N} for a quick local run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StageFaultsIT {

    static final int DEFAULT_PAGES = 2000;
    /** How soon a restarted stage must commit output once its streams client runs: group rejoin, fencing, restore. */
    static final Duration RESTART_BUDGET = Duration.ofSeconds(15);
    private static final int PAGES = Integer.getInteger("newsflow.faults.pages", DEFAULT_PAGES);
    private static final Duration DRAIN = Duration.ofMinutes(6);

    /** Under target/, not a temporary directory: the stage and broker logs stay for a failure's diagnosis. */
    private static final Path dir = Path.of("target", "faults-it", "stage-faults-" + System.currentTimeMillis())
            .toAbsolutePath();

    private KillableBroker broker;
    private List<RawArticle> pages;

    @BeforeAll
    void startBroker() {
        broker = new KillableBroker(dir, Map.of(), Map.of());
        broker.start();
        RealisticPages generator = new RealisticPages(20261204L);
        pages = IntStream.range(0, PAGES).mapToObj(generator::page).toList();
    }

    @AfterAll
    void stopBroker() {
        broker.close();
    }

    @Test
    void enrichKilledMidStreamLosesAndDuplicatesNothing() {
        Scenario scenario = new Scenario("enrich", broker.bootstrapServers(), dir, Map.of(), Map.of(), Map.of());
        Set<String> ids = scenario.produce(pages);
        scenario.start("publish", "a");
        ChildJvm enrich = scenario.start("enrich", "a");
        String enriched = scenario.topics().enrichedArticles().name();
        try (OutputWatcher watcher = scenario.watch()) {
            watcher.pollUntil(() -> watcher.records(enriched) >= PAGES / 3, DRAIN, "a third enriched");
            scenario.kill(enrich);
            restart(scenario, watcher, "enrich", enriched);
            finish(scenario, watcher, ids, "enrich killed");
        } finally {
            scenario.stopAll();
        }
    }

    @Test
    void publishKilledMidStreamLosesAndDuplicatesNothing() {
        Scenario scenario = new Scenario("publish", broker.bootstrapServers(), dir, Map.of(), Map.of(), Map.of());
        Set<String> ids = scenario.produce(pages);
        scenario.start("enrich", "a");
        ChildJvm publish = scenario.start("publish", "a");
        String articles = scenario.topics().articles().name();
        try (OutputWatcher watcher = scenario.watch()) {
            watcher.pollUntil(() -> watcher.records(articles) >= PAGES / 3, DRAIN, "a third published");
            scenario.kill(publish);
            restart(scenario, watcher, "publish", articles);
            finish(scenario, watcher, ids, "publish killed");
        } finally {
            scenario.stopAll();
        }
    }

    @Test
    void brokerKilledMidStreamLosesAndDuplicatesNothing() {
        Scenario scenario = new Scenario("broker", broker.bootstrapServers(), dir, Map.of(), Map.of(), Map.of());
        Set<String> ids = scenario.produce(pages);
        ChildJvm enrich = scenario.start("enrich", "a");
        ChildJvm publish = scenario.start("publish", "a");
        String articles = scenario.topics().articles().name();
        try (OutputWatcher watcher = scenario.watch()) {
            watcher.pollUntil(() -> watcher.records(articles) >= PAGES / 3, DRAIN, "a third published");
            broker.kill();
            Duration brokerStart = broker.start();
            int before = watcher.records(articles);
            Duration flowing = watcher.pollUntil(() -> watcher.records(articles) > before, Duration.ofMinutes(3),
                    "articles flowing after the broker restart");
            System.out.printf("[faults] broker killed: broker back in %d ms, articles flowing %d ms later%n",
                    brokerStart.toMillis(), flowing.toMillis());
            finish(scenario, watcher, ids, "broker killed");
            assertThat(enrich.alive()).as("enrich survived the broker restart, see " + enrich).isTrue();
            assertThat(publish.alive()).as("publish survived the broker restart, see " + publish).isTrue();
        } finally {
            scenario.stopAll();
        }
    }

    /**
     * Starts the killed stage again and checks that its public output grows within {@link #RESTART_BUDGET} once its
     * Kafka Streams client has started: static membership gives its partitions back at once (45-55 s without it, the
     * dead member's session timeout), its persisted process id fences the dead process's transaction, and small
     * fetches keep enrich's story-clustering input from queueing behind the raw pages (see StreamsStage). The time
     * from the process start (JVM, models; on a loaded machine mostly CPU) is printed too.
     */
    private static void restart(Scenario scenario, OutputWatcher watcher, String stage, String output) {
        // read everything the dead process committed, so any later record is the new process's
        watcher.pollUntil(() -> settled(watcher, output), Duration.ofSeconds(30), "output settled");
        int before = watcher.records(output);
        Instant launched = Instant.now();
        ChildJvm jvm = scenario.start(stage, "a");
        AtomicReference<Instant> running = new AtomicReference<>();
        watcher.pollUntil(() -> {
            if (running.get() == null && jvm.logged("pipeline running", jvm.logSizeAtStart())) {
                running.set(Instant.now());
            }
            return watcher.records(output) > before;
        }, Duration.ofMinutes(3), output + " growing again after the restart");
        Instant growing = Instant.now();
        Duration sinceUp = Duration.between(running.get() == null ? growing : running.get(), growing);
        System.out.printf("[faults] %s killed after %d records on %s; restarted: %s growing again %d ms after its"
                + " streams client started (%d ms after the process start)%n", stage, before, output, output,
                sinceUp.toMillis(), Duration.between(launched, growing).toMillis());
        assertThat(sinceUp).as(stage + " output growing after its restart").isLessThan(RESTART_BUDGET);
    }

    private static boolean settled(OutputWatcher watcher, String output) {
        int seen = watcher.records(output);
        long until = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < until) {
            watcher.poll();
        }
        return watcher.records(output) == seen;
    }

    private static void finish(Scenario scenario, OutputWatcher watcher, Set<String> ids, String fault) {
        watcher.pollUntil(() -> watcher.accountedFor(ids), DRAIN, "every input published or dead-lettered");
        // a duplicate would come late: keep reading a little past the point where everything is accounted for
        watcher.pollUntil(() -> settled(watcher, scenario.topics().articles().name()), Duration.ofSeconds(30), "settled");
        Tally tally = watcher.tally(ids);
        System.out.printf("[faults] %s: %s%n", fault, tally);
        assertThat(tally.inputs()).isEqualTo(PAGES);
        assertThat(tally.lost()).as("lost").isZero();
        assertThat(tally.duplicated()).as("duplicated").isZero();
        assertThat(tally.unknown()).as("published ids that were never input").isZero();
        assertThat(tally.published()).as("most pages are articles").isGreaterThan(PAGES / 2);
    }
}
