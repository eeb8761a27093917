package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private static final String TEXT = "<p>Für 5 € gibt es Crème brûlée – „sehr günstig“, sagt der Bäcker. Ça coûte peu.</p>";

    private static byte[] page(String head, Charset charset) {
        return ("<html><head>" + head + "</head><body>" + TEXT.repeat(20) + "</body></html>").getBytes(charset);
    }

    @Test
    void byteOrderMarkComesFirst() {
        byte[] body = page("<meta charset=\"iso-8859-1\">", StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(CharsetSniffer.detect(withBom, "windows-1252")).isEqualTo("UTF-8");
    }

    @Test
    void headerBeatsMeta() {
        assertThat(CharsetSniffer.detect(page("<meta charset=\"utf-8\">", Charset.forName("windows-1252")), "windows-1252"))
                .isEqualTo("windows-1252");
    }

    @Test
    void metaWhenTheHeaderNamesNone() {
        assertThat(CharsetSniffer.detect(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
                StandardCharsets.ISO_8859_1), null)).isEqualTo("ISO-8859-1");
    }

    @Test
    void undeclaredUtf8IsRecognised() {
        assertThat(CharsetSniffer.detect(page("", StandardCharsets.UTF_8), null)).isEqualTo("UTF-8");
    }

    @Test
    void undeclaredWindows1252IsDetectedSoTheTextDecodesRight() {
        byte[] body = page("", Charset.forName("windows-1252"));

        String charset = CharsetSniffer.detect(body, null);

        assertThat(new String(body, Charset.forName(charset))).contains(TEXT);
    }

    @Test
    void unknownHeaderCharsetFallsThroughAndAsciiDefaultsToUtf8() {
        assertThat(CharsetSniffer.detect("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), "x-no-such-charset"))
                .isEqualTo("UTF-8");
    }
}
