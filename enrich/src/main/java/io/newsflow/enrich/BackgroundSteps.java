package io.newsflow.enrich;

import io.newsflow.runtime.deadletter.StageUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich steps, loaded and warmed on their own thread from the moment the topology is built. Loading the language
 * and name models and warming them takes seconds; on the topology's own path it would come before the Kafka Streams
 * app even starts to join its group, and the first article would wait for both one after the other. The first record
 * waits only for what is left of the loading. A load that fails stops the stage ({@link StageUnavailableException})
 * instead of dead-lettering every record for a fault none of them has.
 */
final class BackgroundSteps implements Supplier<EnrichSteps> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSteps.class);

    /**
     * Loaded steps by the settings they depend on. Topologies built in one JVM with the same settings (the live one
     * and a reprocessing beside it, the tests' many pipelines) share one set of models: the steps are stateless and
     * already shared by all the stream threads of a topology.
     */
    private static final Map<Key, BackgroundSteps> LOADED = new ConcurrentHashMap<>();

    private final CompletableFuture<EnrichSteps> loading;

    /**
     * The steps for {@code config}: loading already, or loaded, when a topology with the same settings asked before.
     */
    static BackgroundSteps of(EnrichConfig config) {
        return LOADED.computeIfAbsent(new Key(config.minBodyChars(), config.languages(), config.maxPageBytes()),
                key -> new BackgroundSteps(() -> loadedAndWarmed(config)));
    }

    /** Steps made by {@code load} on the loader thread. */
    BackgroundSteps(Supplier<EnrichSteps> load) {
        this.loading = CompletableFuture.supplyAsync(load, task -> {
            Thread loader = new Thread(task, "enrich-steps-loader");
            loader.setDaemon(true); // never keeps a stopping JVM alive for models nobody waits for
            loader.start();
        });
    }

    private static EnrichSteps loadedAndWarmed(EnrichConfig config) {
        long start = System.nanoTime();
        EnrichSteps steps = new EnrichSteps(config);
        long loaded = System.nanoTime();
        StepsWarmup.warmed(steps);
        LOG.info(
                "enrich steps ready: models for {} languages loaded in {} ms, warmed in {} ms",
                config.languages().size(),
                (loaded - start) / 1_000_000,
                (System.nanoTime() - loaded) / 1_000_000);
        return steps;
    }

    /** The steps, waiting for them while they load. */
    @Override
    public EnrichSteps get() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw new StageUnavailableException("the enrich steps failed to load their models", e.getCause());
        }
    }

    /** The settings the steps depend on. */
    private record Key(int minBodyChars, List<String> languages, long maxPageBytes) {}
}
