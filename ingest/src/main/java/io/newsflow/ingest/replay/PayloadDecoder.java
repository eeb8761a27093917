package io.newsflow.ingest.replay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Undoes a response's Content-Encoding when the archive stored the body still encoded. Archives disagree: some keep
 * the bytes as sent, others store them decoded but keep (or rename) the header, so the header alone cannot be
 * trusted and the bytes decide.
 */
final class PayloadDecoder {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private PayloadDecoder() {}

    /**
     * The page bytes: gunzipped when the encoding is gzip and the body is gzip data, else unchanged.
     *
     * @throws IOException when the body starts as gzip data but does not decompress
     */
    static byte[] decode(byte[] body, Optional<String> encoding) throws IOException {
        boolean gzipHeader = encoding.map(value -> value.trim().toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("gzip") || value.equals("x-gzip"))
                .isPresent();
        if (!gzipHeader || !isGzip(body)) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xff) == GZIP_MAGIC_1 && (body[1] & 0xff) == GZIP_MAGIC_2;
    }
}
