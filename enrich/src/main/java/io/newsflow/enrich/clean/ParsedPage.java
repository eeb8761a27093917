package io.newsflow.enrich.clean;

import io.newsflow.schemas.avro.RawArticle;
import org.jsoup.nodes.Document;

/** A raw article with its page parsed: lives only between two steps of one task, never serialised. */
public record ParsedPage(RawArticle raw, Document document) {}
