package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.clean.ParsedPage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFileTest {

    @Test
    void cutsAGzippedPageAtTheCapAndMarksItTruncated(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            gz.write("<html><body><p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            gz.write(new byte[8 << 20]);
        }

        ParsedPage page = PageFile.read(bomb, "https://example.org/a", Instant.EPOCH, 1 << 20).page();

        assertThat(page.raw().getBody().remaining()).isEqualTo(1 << 20);
        assertThat(page.raw().getTruncated()).isTrue();
    }

    @Test
    void readsAPageUnderTheCapWhole(@TempDir Path dir) throws IOException {
        Path html = Files.writeString(dir.resolve("a.html"), "<html><body><p>short</p></body></html>");

        ParsedPage page = PageFile.read(html, "https://example.org/a", Instant.EPOCH, 1 << 20).page();

        assertThat(page.raw().getBody().remaining()).isEqualTo((int) Files.size(html));
        assertThat(page.raw().getTruncated()).isFalse();
    }
}
