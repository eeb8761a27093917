package io.newsflow.enrich.story;

import io.newsflow.schemas.avro.Article;
import org.jspecify.annotations.Nullable;

/**
 * What the gather step emits: a placed article (keyed by its id) for the enriched topic, or a request (keyed by band
 * key) for the story-bands loop topic.
 */
sealed interface StoryOutput {

    /**
     * An article with its story set, or a removal passed on.
     *
     * @param article the article, null for a removal
     */
    record Placed(@Nullable Article article) implements StoryOutput {}

    /**
     * A lookup or a remember for one band bucket.
     *
     * @param request the request
     */
    record Request(BandRequest request) implements StoryOutput {}
}
