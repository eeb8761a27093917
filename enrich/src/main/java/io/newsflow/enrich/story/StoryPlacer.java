package io.newsflow.enrich.story;

import io.newsflow.schemas.avro.Article;
import java.time.Instant;

/** Applies a {@link StoryIndex} to an article: the one place that reads the article for clustering. */
public final class StoryPlacer {

    private StoryPlacer() {}

    /**
     * The article with {@code clusterId} and {@code duplicateOf} set. Articles without a fingerprint (an empty body)
     * are their own cluster. The article's time is its publication time, else its fetch time, so a replay places
     * articles as the first run did.
     */
    public static Article place(StoryIndex index, Article article) {
        Long fingerprint = article.getFingerprint();
        if (fingerprint == null || fingerprint == 0L) {
            return Article.newBuilder(article).setClusterId(article.getId()).setDuplicateOf(null).build();
        }
        Instant time = article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
        StoryIndex.Placement placement = index.place(article.getId(), fingerprint, time.toEpochMilli());
        return Article.newBuilder(article)
                .setClusterId(placement.clusterId())
                .setDuplicateOf(placement.duplicateOf().orElse(null))
                .build();
    }
}
