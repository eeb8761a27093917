package io.newsflow.app.pipeline;

/** The stages {@code newsflow run} can run, one, several or all in one process. */
public enum StageName {
    /** Discovers and fetches articles into the raw topic. */
    INGEST,
    /** Cleans and enriches raw articles into the enriched topic. */
    ENRICH,
    /** Writes enriched articles to the public articles topic. */
    PUBLISH
}
