package io.newsflow.enrich;

import io.newsflow.runtime.config.KnownKeys;
import io.newsflow.runtime.config.Settings;
import io.newsflow.enrich.metadata.language.LanguageDetector;
import java.nio.file.Path;
import java.time.Duration;
import io.newsflow.schemas.Topics;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The enrich app's settings, read from the {@code enrich.*} keys over {@code defaults.properties}.
 *
 * @param applicationId Kafka Streams application id: consumer group, transactional id and state-store prefix
 * @param minBodyChars shortest body, in characters, that counts as an article
 * @param streamThreads Kafka Streams threads in this instance
 * @param stateDir directory for Kafka Streams state; null for Kafka Streams' default under java.io.tmpdir
 * @param languages ISO 639-1 codes language detection chooses among
 * @param storyMaxDistance most bits two body fingerprints may differ in for the articles to be the same story
 * @param storyWindow how long an article stays a candidate for later near-duplicates
 * @param storyByBand whether story clustering is spread over partitions by fingerprint band (true) or runs in one
 *     task behind a single-partition topic (false)
 * @param maxPageBytes largest page enrich processes; larger ones are dead-lettered as TOO_LARGE unparsed
 */
public record EnrichConfig(String applicationId, int minBodyChars, int streamThreads, @Nullable Path stateDir,
        List<String> languages, int storyMaxDistance, Duration storyWindow, boolean storyByBand, long maxPageBytes) {

    /** The {@code enrich.*} keys this config reads (those {@code defaults.properties} documents). */
    public static KnownKeys keys() {
        return Settings.keys(EnrichConfig.class, "defaults.properties");
    }

    public EnrichConfig {
        languages = List.copyOf(languages);
    }

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException listing every invalid value
     */
    public static EnrichConfig load(Map<String, String> settings) {
        Settings s = Settings.of(EnrichConfig.class, "defaults.properties", settings);
        EnrichConfig config = new EnrichConfig(
                s.string("enrich.application.id"),
                s.integer("enrich.min.body.chars", 0, 1_000_000),
                s.threads("enrich.stream.threads", 64),
                s.optional("enrich.state.dir").map(Path::of).orElse(null),
                s.list("enrich.languages"),
                s.integer("enrich.story.max.distance", 0, 15),
                s.duration("enrich.story.window"),
                s.bool("enrich.story.by.band"),
                s.bytes("enrich.max.page.bytes", 1024, Topics.MAX_MESSAGE_BYTES));
        List<String> unknown = LanguageDetector.unknownCodes(config.languages());
        if (!unknown.isEmpty() || config.languages().size() < 2) {
            s.problem("enrich.languages must list at least two ISO 639-1 codes of supported languages; unknown: "
                    + unknown);
        }
        s.validate("enrich");
        return config;
    }

    /** The same settings under another application id, for tests and side-by-side instances. */
    public EnrichConfig withApplicationId(String id) {
        return new EnrichConfig(id, minBodyChars, streamThreads, stateDir, languages, storyMaxDistance, storyWindow,
                storyByBand, maxPageBytes);
    }
}
