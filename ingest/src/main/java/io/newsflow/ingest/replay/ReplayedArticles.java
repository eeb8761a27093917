package io.newsflow.ingest.replay;

import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.fetch.CharsetSniffer;
import io.newsflow.ingest.fetch.MediaType;
import io.newsflow.ingest.fetch.Page;
import io.newsflow.ingest.publish.CanonicalUrlExtractor;
import io.newsflow.ingest.publish.RecordFactory;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.util.List;

/** Builds the RawArticle of an archived page exactly as ingest builds one for a fetched page. */
final class ReplayedArticles {

    /** Largest body kept, so the record fits the raw topic (the rest of the limit is the record's other fields). */
    static final int MAX_BODY_BYTES = Topics.MAX_MESSAGE_BYTES - 64 * 1024;

    private static final int OK = 200;

    private ReplayedArticles() {}

    /**
     * The RawArticle: id of the canonical URL (else the captured URL) as ingest's, fetch time the capture time,
     * discovery {@code REPLAY} with the archive file as source and the archive's publication time when it gives one.
     *
     * @throws IllegalArgumentException when the URL cannot be an article id (not http(s), malformed), or the page is
     *     larger than {@link #MAX_BODY_BYTES}
     */
    static RawArticle of(ArchivedPage archived, String sourceFile) {
        byte[] body = archived.body();
        if (body.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("page of " + body.length + " bytes, over " + MAX_BODY_BYTES);
        }
        boolean truncated = false;
        String charset = CharsetSniffer.detect(body, MediaType.parse(archived.contentType()).charset());
        Page page = new Page(archived.url(), archived.url(), OK, archived.contentType(), charset, archived.etag(),
                archived.lastModified(), body, truncated, archived.fetchedAt(), List.of());
        String canonical = CanonicalUrlExtractor.find(page).orElse(null);
        String id = ArticleId.of(canonical != null ? canonical : archived.url());
        Discovery discovery = Discovery.newBuilder()
                .setMethod(DiscoveryMethod.REPLAY)
                .setSourceUrl(sourceFile)
                .setEntryPublishedAt(archived.publishedAt())
                .build();
        return RecordFactory.rawArticle(id, new DiscoveredUrl(archived.url(), discovery), page, canonical);
    }
}
