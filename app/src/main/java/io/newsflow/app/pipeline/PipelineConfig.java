package io.newsflow.app.pipeline;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.publish.PublishConfig;
import io.newsflow.runtime.config.InvalidSettingsException;
import io.newsflow.runtime.config.KnownKeys;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every setting of a {@code newsflow run}, read and checked before anything touches a broker or the network: the
 * shared settings and each stage's, whichever stages run (one file configures them all), and no key the program does
 * not know.
 *
 * @param newsflow settings shared by every stage
 * @param stages the stages to run
 * @param ingest ingest's settings
 * @param enrich enrich's settings
 * @param publish publish's settings
 */
public record PipelineConfig(NewsflowConfig newsflow, Set<StageName> stages, IngestConfig ingest, EnrichConfig enrich,
        PublishConfig publish) {

    /** Freezes the stage set. */
    public PipelineConfig {
        stages = Set.copyOf(stages);
    }

    /** Every key any part of newsflow reads. */
    public static KnownKeys knownKeys() {
        return NewsflowConfig.keys().and(IngestConfig.keys()).and(EnrichConfig.keys()).and(PublishConfig.keys());
    }

    /**
     * Reads and checks every setting.
     *
     * @throws InvalidSettingsException with every problem of every part, unknown keys first
     */
    public static PipelineConfig load(Map<String, String> settings, Set<StageName> stages) {
        List<String> problems = new ArrayList<>(knownKeys().problems(settings.keySet()));
        NewsflowConfig newsflow = collect(() -> NewsflowConfig.load(settings), problems);
        IngestConfig ingest = collect(() -> IngestConfig.load(settings), problems);
        EnrichConfig enrich = collect(() -> EnrichConfig.load(settings), problems);
        PublishConfig publish = collect(() -> PublishConfig.load(settings), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException("newsflow", problems);
        }
        return new PipelineConfig(newsflow, stages.isEmpty() ? EnumSet.allOf(StageName.class) : stages, ingest, enrich,
                publish);
    }

    private static <T> T collect(Supplier<T> load, List<String> problems) {
        try {
            return load.get();
        } catch (InvalidSettingsException e) {
            problems.addAll(e.problems()); // gathered with the other parts' problems and thrown together
            return null;
        }
    }
}
