package io.newsflow.ingest.discover;

import io.newsflow.schemas.avro.Discovery;

/**
 * An article URL a source listed, with the hints the source gave about it.
 *
 * @param url the URL as listed (made absolute against a feed's URL); not yet validated
 * @param discovery how and where it was found
 */
public record DiscoveredUrl(String url, Discovery discovery) {}
