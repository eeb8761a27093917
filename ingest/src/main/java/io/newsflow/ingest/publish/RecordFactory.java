package io.newsflow.ingest.publish;

import io.newsflow.ingest.discover.DiscoveredUrl;
import io.newsflow.ingest.fetch.Page;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/** Builds the Avro records ingest publishes. */
public final class RecordFactory {

    /** The DeadLetter {@code stage} of every ingest failure. */
    public static final String STAGE = "ingest";

    private RecordFactory() {}

    /**
     * The RawArticle for a fetched page.
     *
     * @param id the article id (of the canonical URL, else the final URL)
     * @param discovered the URL as discovered, with its hints
     * @param page the page
     * @param canonicalUrl the page's canonical URL, when it names one
     */
    public static RawArticle rawArticle(String id, DiscoveredUrl discovered, Page page, @Nullable String canonicalUrl) {
        return RawArticle.newBuilder()
                .setId(id)
                .setUrl(discovered.url())
                .setFinalUrl(page.finalUrl())
                .setCanonicalUrl(canonicalUrl)
                .setDiscovery(discovered.discovery())
                .setFetchedAt(page.fetchedAt())
                .setHttpStatus(page.status())
                .setContentType(page.contentType())
                .setEtag(page.etag())
                .setLastModified(page.lastModified())
                .setCharset(page.charset())
                .setBody(ByteBuffer.wrap(page.body()))
                .setTruncated(page.truncated())
                .build();
    }

    /** The DeadLetter for a failure. */
    public static DeadLetter deadLetter(IngestFailure failure) {
        return DeadLetter.newBuilder()
                .setReason(failure.reason().name())
                .setDetail(failure.detail())
                .setStage(STAGE)
                .setArticleId(failure.articleId())
                .setUrl(failure.url())
                .setExceptionClass(failure.exception().getClass().getName())
                .setExceptionMessage(failure.exception().getMessage())
                .setOriginalValue(failure.body() == null ? null : ByteBuffer.wrap(failure.body()))
                .setFailedAt(failure.failedAt())
                .build();
    }
}
