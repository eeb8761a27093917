package io.newsflow.enrich.metadata.entity;

/** The kinds of named entity recognised. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION
}
