package io.newsflow.enrich.story;

import io.newsflow.schemas.avro.Article;
import java.time.Instant;

/** Applies story placements to an article: the one place that reads the article for clustering. */
public final class StoryPlacer {

    private StoryPlacer() {}

    /**
     * The article with {@code clusterId} and {@code duplicateOf} set. Articles without a fingerprint (an empty body)
     * are their own cluster. The article's time is its publication time, else its fetch time, so a replay places
     * articles as the first run did.
     */
    public static Article place(StoryIndex index, Article article) {
        if (!hasFingerprint(article)) {
            return alone(article);
        }
        return withPlacement(article, index.place(article.getId(), article.getFingerprint(), time(article)));
    }

    /** Whether the article has a body fingerprint to look near-duplicates up by. */
    static boolean hasFingerprint(Article article) {
        Long fingerprint = article.getFingerprint();
        return fingerprint != null && fingerprint != 0L;
    }

    /** The article as its own cluster, a near-duplicate of nothing. */
    static Article alone(Article article) {
        return Article.newBuilder(article).setClusterId(article.getId()).setDuplicateOf(null).build();
    }

    /** The time an article is placed at: its publication time, else its fetch time, epoch milliseconds. */
    public static long time(Article article) {
        Instant time = article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
        return time.toEpochMilli();
    }

    /** The article with a placement's cluster and nearest duplicate. */
    static Article withPlacement(Article article, StoryIndex.Placement placement) {
        return Article.newBuilder(article)
                .setClusterId(placement.clusterId())
                .setDuplicateOf(placement.duplicateOf().orElse(null))
                .build();
    }
}
