package io.newsflow.ingest.replay;

import io.newsflow.ingest.fetch.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/** Turns one WARC record into an {@link ArchiveEntry}: a page for a 200 HTML response, else the kind it is. */
final class WarcRecords {

    /**
     * Prefix some crawlers (Common Crawl since 2023, among others) give to HTTP headers that no longer describe the
     * stored bytes, such as {@code X-Crawler-Content-Encoding: gzip} over a body stored decompressed.
     */
    static final String RENAMED_HEADER_PREFIX = "X-Crawler-";

    private static final int OK = 200;

    private WarcRecords() {}

    /**
     * The entry for {@code record}, which starts at {@code position}; reads its body.
     *
     * @throws IOException when the record's HTTP message or body cannot be read (a corrupt record)
     */
    static ArchiveEntry entry(long position, WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            return response(position, response);
        }
        RecordKind kind = record instanceof WarcRequest ? RecordKind.REQUEST
                : record instanceof WarcRevisit ? RecordKind.REVISIT
                : record instanceof WarcMetadata ? RecordKind.METADATA
                : RecordKind.OTHER_RECORD;
        record.body().consume();
        return new ArchiveEntry.Skipped(position, kind);
    }

    private static ArchiveEntry response(long position, WarcResponse response) throws IOException {
        HttpResponse http = response.http();
        MessageHeaders headers = http.headers();
        String contentType = headers.first("Content-Type").orElse(null);
        if (http.status() != OK) {
            http.body().consume();
            return new ArchiveEntry.Skipped(position, RecordKind.NOT_OK);
        }
        if (!MediaType.parse(contentType).isHtml()) {
            http.body().consume();
            return new ArchiveEntry.Skipped(position, RecordKind.NOT_HTML);
        }
        byte[] body;
        try (InputStream in = http.body().stream()) {
            body = in.readAllBytes();
        }
        byte[] page = PayloadDecoder.decode(body, encoding(headers));
        return new ArchiveEntry.Captured(position, new ArchivedPage(response.target(), response.date(), contentType,
                headers.first("ETag").orElse(null), headers.first("Last-Modified").orElse(null), page, null));
    }

    /** The Content-Encoding the crawler received, under its own name or the renamed one. */
    private static Optional<String> encoding(MessageHeaders headers) {
        return headers.first("Content-Encoding").or(() -> headers.first(RENAMED_HEADER_PREFIX + "Content-Encoding"));
    }
}
