package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {

    @Test
    void passesPlainBodyThrough() throws IOException {
        CappedBytes raw = new CappedBytes(new byte[] {1, 2, 3}, false);

        assertThat(BodyDecoder.decode(null, raw, 10, 100)).isSameAs(raw);
    }

    @Test
    void gunzipsUpToTheCap() throws IOException {
        byte[] plain = new byte[1000];
        Arrays.fill(plain, (byte) 'a');

        CappedBytes decoded = BodyDecoder.decode("gzip", new CappedBytes(gzip(plain), false), 100, 100);

        assertThat(decoded.bytes()).hasSize(100);
        assertThat(decoded.truncated()).isTrue();
    }

    @Test
    void keepsWhatDecodedFromACutGzipStream() throws IOException {
        byte[] plain = new byte[5000];
        new java.util.Random(7).nextBytes(plain); // incompressible, so the cut lands inside the data
        byte[] compressed = gzip(plain);

        CappedBytes decoded = BodyDecoder.decode("gzip", new CappedBytes(Arrays.copyOf(compressed, 3000), true), 10_000, 100);

        assertThat(decoded.truncated()).isTrue();
        assertThat(decoded.bytes()).isNotEmpty().isEqualTo(Arrays.copyOf(plain, decoded.bytes().length));
    }

    @Test
    void cutsABombAtTheRatioLongBeforeTheCap() throws IOException {
        byte[] zeros = new byte[8 << 20]; // 8 MiB of zeros gzip to about 8 KiB: a ratio of about 1000
        byte[] compressed = gzip(zeros);

        CappedBytes decoded = BodyDecoder.decode("gzip", new CappedBytes(compressed, false), 16 << 20, 100);

        assertThat(decoded.truncated()).isTrue();
        assertThat((long) decoded.bytes().length).isEqualTo(Math.max(BodyDecoder.MIN_RATIO_CAP, compressed.length * 100L));
    }

    @Test
    void anOrdinaryPageUnderTheCapIsNotABomb() throws IOException {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            html.append("<p>Absatz ").append(i).append(" über die Lage am ").append(i % 28 + 1).append(". Tag.</p>");
        }
        byte[] page = html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        CappedBytes decoded = BodyDecoder.decode("gzip", new CappedBytes(gzip(page), false), 1 << 20, 100);

        assertThat(decoded.truncated()).isFalse();
        assertThat(decoded.bytes()).isEqualTo(page);
    }

    @Test
    void rejectsEncodingsItDidNotAskFor() {
        assertThatThrownBy(() -> BodyDecoder.decode("br", new CappedBytes(new byte[1], false), 10, 100))
                .isInstanceOf(UnsupportedEncodingException.class)
                .hasMessageContaining("br");
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        }
        return out.toByteArray();
    }
}
