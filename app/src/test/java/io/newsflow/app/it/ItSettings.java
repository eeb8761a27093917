package io.newsflow.app.it;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Settings every integration test that runs the whole pipeline starts from. */
public final class ItSettings {

    private ItSettings() {}

    /**
     * Topics under {@code prefix} with three partitions, and enrich and publish with application ids and state
     * directories of their own under {@code dir}, so that tests sharing one broker never meet. Mutable: tests add
     * their sources.
     */
    public static Map<String, String> pipeline(String prefix, Path dir) {
        Map<String, String> settings = new HashMap<>();
        settings.put("topics.prefix", prefix);
        settings.put("topics.partitions", "3");
        settings.put("enrich.application.id", prefix + "-enrich");
        settings.put("publish.application.id", prefix + "-publish");
        settings.put("enrich.state.dir", dir.resolve("enrich").toString());
        settings.put("publish.state.dir", dir.resolve("publish").toString());
        return settings;
    }
}
