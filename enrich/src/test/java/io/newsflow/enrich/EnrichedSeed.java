package io.newsflow.enrich;

import io.newsflow.schemas.avro.Article;
import java.time.Instant;
import java.util.Map;

/** The seed fixture page run through the enrich steps, as the topology and the command line run it. */
public final class EnrichedSeed {

    /** The seed page's URL, as in its expected.json. */
    public static final String URL =
            "https://www.nachrichten-beispiel.de/politik/russland-nordkorea-schoigu-besuch-kim-militaer-92420417.html";

    /** The fetch time used for the seed. */
    public static final Instant FETCHED_AT = Instant.parse("2023-07-26T10:00:00Z");

    /** Enriched once per test JVM: the enrich steps load their models in about a second. */
    private static Article cached;

    private final Article article;

    /** The seed page enriched with the default settings. */
    public EnrichedSeed() {
        this.article = enriched();
    }

    private static synchronized Article enriched() {
        if (cached != null) {
            return cached;
        }
        EnrichSteps steps = new EnrichSteps(EnrichConfig.load(Map.of()));
        cached = steps.clean(RawPages.raw("seed", URL, RawPages.resource("/extract/seed-article/page.html"), FETCHED_AT))
                .then(steps::extract)
                .map(steps::enrich)
                .value();
        return cached;
    }

    /** The enriched article. */
    public Article article() {
        return article;
    }

    /** The article body. */
    public String body() {
        return article.getBody();
    }
}
