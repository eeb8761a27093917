package io.newsflow.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/** Undoes the Content-Encoding of a body, with the size cap applied to the decoded bytes. */
final class BodyDecoder {

    /** Below this many decoded bytes no ratio is absurd: tiny bodies of repeated markup compress very well. */
    static final long MIN_RATIO_CAP = 64 * 1024;

    private BodyDecoder() {}

    /**
     * The raw bytes to keep for a body with the given encoding: the cap itself for plain bodies, a little more for
     * gzip so that incompressible pages (gzip adds a few bytes) still decode up to the cap.
     */
    static long rawCap(@Nullable String contentEncoding, long cap) {
        return isGzip(contentEncoding) ? cap + cap / 64 + 4096 : cap;
    }

    /**
     * Decodes {@code raw} and cuts it at {@code cap} bytes, or at {@code maxRatio} times the encoded size when that is
     * less: a body that decompresses absurdly is a bomb, marked truncated like one over the cap.
     *
     * @throws IOException when the gzip data is corrupt
     * @throws UnsupportedEncodingException for an encoding other than identity or gzip
     */
    static CappedBytes decode(@Nullable String contentEncoding, CappedBytes raw, long cap, int maxRatio)
            throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return raw;
        }
        if (!isGzip(encoding)) {
            throw new UnsupportedEncodingException(encoding);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw.bytes()))) {
            long ratioCap = Math.max(MIN_RATIO_CAP, (long) raw.bytes().length * maxRatio);
            return readCapped(in, Math.min(cap, ratioCap), raw.truncated());
        }
    }

    private static CappedBytes readCapped(InputStream in, long cap, boolean rawTruncated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, cap + 1 - out.size()))) > 0) {
                out.write(buffer, 0, read);
                if (out.size() > cap) {
                    return new CappedBytes(Arrays.copyOf(out.toByteArray(), (int) cap), true);
                }
            }
            return new CappedBytes(out.toByteArray(), rawTruncated);
        } catch (EOFException e) {
            if (!rawTruncated) {
                throw e;
            }
            // The compressed stream was cut at the raw cap, so it ends early by design: keep what decoded.
            return new CappedBytes(out.toByteArray(), true);
        }
    }

    private static boolean isGzip(@Nullable String encoding) {
        return encoding != null
                && (encoding.trim().equalsIgnoreCase("gzip") || encoding.trim().equalsIgnoreCase("x-gzip"));
    }
}
