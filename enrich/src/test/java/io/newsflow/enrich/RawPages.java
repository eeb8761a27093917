package io.newsflow.enrich;

import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.serde.TrustedRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;

/** Raw articles built from test pages, as ingest would publish them. */
public final class RawPages {

    static {
        TrustedRecords.ensure();
    }

    private RawPages() {}

    /** The bytes of the test resource at {@code path} (absolute, e.g. {@code /extract/seed-article/page.html}). */
    public static byte[] resource(String path) {
        try (InputStream in = RawPages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + path, e);
        }
    }

    /** A fetched page with status 200. */
    public static RawArticle raw(String id, String url, byte[] html, Instant fetchedAt) {
        return RawArticle.newBuilder()
                .setId(id)
                .setUrl(url)
                .setFinalUrl(url)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.OTHER).setSourceUrl(url).build())
                .setFetchedAt(fetchedAt)
                .setHttpStatus(200)
                .setContentType("text/html; charset=utf-8")
                .setBody(ByteBuffer.wrap(html))
                .build();
    }
}
