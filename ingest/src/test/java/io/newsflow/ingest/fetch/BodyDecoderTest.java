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

        assertThat(BodyDecoder.decode(null, raw, 10)).isSameAs(raw);
    }

    @Test
    void gunzipsUpToTheCap() throws IOException {
        byte[] plain = new byte[1000];
        Arrays.fill(plain, (byte) 'a');

        CappedBytes decoded = BodyDecoder.decode("gzip", new CappedBytes(gzip(plain), false), 100);

        assertThat(decoded.bytes()).hasSize(100);
        assertThat(decoded.truncated()).isTrue();
    }

    @Test
    void keepsWhatDecodedFromACutGzipStream() throws IOException {
        byte[] plain = new byte[5000];
        new java.util.Random(7).nextBytes(plain); // incompressible, so the cut lands inside the data
        byte[] compressed = gzip(plain);

        CappedBytes decoded = BodyDecoder.decode("gzip", new CappedBytes(Arrays.copyOf(compressed, 3000), true), 10_000);

        assertThat(decoded.truncated()).isTrue();
        assertThat(decoded.bytes()).isNotEmpty().isEqualTo(Arrays.copyOf(plain, decoded.bytes().length));
    }

    @Test
    void rejectsEncodingsItDidNotAskFor() {
        assertThatThrownBy(() -> BodyDecoder.decode("br", new CappedBytes(new byte[1], false), 10))
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
