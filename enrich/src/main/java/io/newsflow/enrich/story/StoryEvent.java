package io.newsflow.enrich.story;

import io.newsflow.schemas.avro.Article;
import org.jspecify.annotations.Nullable;

/** What reaches the gather step, keyed by article id: a version of an article, or a band bucket's reply about it. */
sealed interface StoryEvent {

    /**
     * A clean article to place, or a removal.
     *
     * @param article the article, null for a removal (a tombstone)
     */
    record Version(@Nullable Article article) implements StoryEvent {}

    /**
     * A band bucket's reply about the article waiting under this key: candidates, a claim, or a placement awaited.
     *
     * @param reply the reply
     */
    record Reply(BandReply reply) implements StoryEvent {}
}
