package io.newsflow.enrich.clean;

import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.schemas.avro.RawArticle;

/** A raw article with what the extractor found in it: lives only between two steps of one task, never serialised. */
public record ExtractedPage(RawArticle raw, ExtractedArticle article) {}
