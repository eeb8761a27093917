package io.newsflow.ingest;

import io.newsflow.ingest.fetch.KeptBodies;
import io.newsflow.ingest.fetch.Page;
import io.newsflow.ingest.publish.IngestPublisher;
import io.newsflow.schemas.avro.FetchState;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the bodies of robots.txt and of sources in the seen-set (the compacted fetch-state topic), keyed by the
 * normalised URL like every other URL, so that the next run (another process too) revalidates them with a
 * conditional request; a 304 counts as {@code not_modified}.
 */
final class KeptSourceStates implements KeptBodies {

    /**
     * Largest body kept. The fetch-state topic has the broker's default {@code max.message.bytes} (1 MiB), so a
     * larger body (a big sitemap) is not kept and is fetched with a plain GET next time rather than failing the pass.
     */
    static final int MAX_KEPT_BYTES = 768 * 1024;

    private final FetchStates states;
    private final IngestPublisher publisher;
    private final PassTally tally;

    KeptSourceStates(FetchStates states, IngestPublisher publisher, PassTally tally) {
        this.states = states;
        this.publisher = publisher;
        this.tally = tally;
    }

    @Override
    public Optional<Page> get(String url) {
        return states.get(key(url)).filter(state -> state.getBody() != null).map(state -> new Page(url, url,
                state.getHttpStatus(), state.getContentType(), state.getCharset(), state.getEtag(),
                state.getLastModified(), bytes(state.getBody()), false, state.getFetchedAt(), List.of()));
    }

    @Override
    public void keep(Page page) {
        if (page.etag() == null && page.lastModified() == null || page.body().length > MAX_KEPT_BYTES) {
            return; // nothing to revalidate with, or too large to keep: the next run fetches it plainly
        }
        FetchState state = FetchState.newBuilder()
                .setUrl(key(page.url()))
                .setOutcome("fetched")
                .setHttpStatus(page.status())
                .setFetchedAt(page.fetchedAt())
                .setEtag(page.etag())
                .setLastModified(page.lastModified())
                .setContentHash(OutcomeHandler.sha256(page.body()))
                .setBody(ByteBuffer.wrap(page.body()))
                .setContentType(page.contentType())
                .setCharset(page.charset())
                .build();
        states.put(state);
        publisher.recordState(state);
    }

    @Override
    public void notModified(String url) {
        tally.outcome("not_modified");
    }

    private static String key(String url) {
        return PassUrls.normalise(url); // the seen-set's one key rule, for sources as for articles
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
