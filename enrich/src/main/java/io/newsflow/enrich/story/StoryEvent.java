package io.newsflow.enrich.story;

import io.newsflow.schemas.avro.Article;
import org.jspecify.annotations.Nullable;

/** What reaches the gather step, keyed by article id: a version of an article, or one band's answer for it. */
sealed interface StoryEvent {

    /**
     * A clean article to place, or a removal.
     *
     * @param article the article, null for a removal (a tombstone)
     */
    record Version(@Nullable Article article) implements StoryEvent {}

    /**
     * One band bucket's candidates for the article waiting under this key.
     *
     * @param answer the band and its candidates
     */
    record Answer(BandAnswer answer) implements StoryEvent {}
}
