package io.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {

    private static final Instant T = Instant.parse("2019-03-14T08:30:00Z");
    private static final String HTML = "<html><head><title>A</title></head><body><p>Story text.</p></body></html>";

    @TempDir
    Path dir;

    @Test
    void readsResponsesOfCcNewsLayoutAndNamesEverythingElse() throws IOException {
        Path file = dir.resolve("CC-NEWS-20190314.warc.gz");
        try (WarcFixture warc = new WarcFixture(file, true)) {
            warc.request("https://a.example/one", T).page("https://a.example/one", T, HTML)
                    .metadata("https://a.example/one", T).revisit("https://a.example/one", T.plusSeconds(60))
                    .response("https://a.example/pic.jpg", T, 200, "image/jpeg", new byte[] {1, 2, 3}, Map.of())
                    .response("https://a.example/gone", T, 404, "text/html", utf8(HTML), Map.of());
        }
        List<ArchiveEntry> entries = read(file, 0);

        assertThat(entries).extracting(ArchiveReaderTest::kind).containsExactly(RecordKind.REQUEST,
                RecordKind.REPLAYED, RecordKind.METADATA, RecordKind.REVISIT, RecordKind.NOT_HTML, RecordKind.NOT_OK);
        ArchivedPage page = ((ArchiveEntry.Captured) entries.get(1)).page();
        assertThat(page.url()).isEqualTo("https://a.example/one");
        assertThat(page.fetchedAt()).isEqualTo(T);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(HTML);
    }

    @Test
    void gzipEncodingHeadersAreUndoneOnlyWhereTheBodyIsStillCompressed() throws IOException {
        Path file = dir.resolve("encodings.warc.gz");
        try (WarcFixture warc = new WarcFixture(file, true)) {
            warc.response("https://a.example/stored-plain", T, 200, "text/html", utf8(HTML),
                            Map.of("Content-Encoding", "gzip"))
                    .response("https://a.example/renamed", T, 200, "text/html", utf8(HTML),
                            Map.of("X-Crawler-Content-Encoding", "gzip"))
                    .response("https://a.example/stored-gzip", T, 200, "text/html", WarcFixture.gzip(utf8(HTML)),
                            Map.of("Content-Encoding", "gzip"))
                    .response("https://a.example/renamed-gzip", T, 200, "text/html", WarcFixture.gzip(utf8(HTML)),
                            Map.of("X-Crawler-Content-Encoding", "gzip"));
        }
        assertThat(read(file, 0)).hasSize(4).allSatisfy(entry -> assertThat(
                new String(((ArchiveEntry.Captured) entry).page().body(), StandardCharsets.UTF_8)).isEqualTo(HTML));
    }

    @Test
    void aTruncatedMemberIsCorruptAtItsOffsetAndEveryLaterRecordIsRead() throws IOException {
        Path file = dir.resolve("truncated.warc.gz");
        List<Long> offsets;
        long end;
        try (WarcFixture warc = new WarcFixture(file, true)) {
            for (int i = 0; i < 6; i++) {
                warc.page("https://a.example/" + i, T.plusSeconds(i), HTML + i);
            }
            offsets = warc.offsets();
            end = warc.position();
        }
        WarcFixture.truncate(file, offsets.get(2), offsets.get(3));

        List<ArchiveEntry> entries = read(file, 0);

        assertThat(entries).extracting(ArchiveReaderTest::kind).containsExactly(RecordKind.REPLAYED,
                RecordKind.REPLAYED, RecordKind.CORRUPT, RecordKind.REPLAYED, RecordKind.REPLAYED, RecordKind.REPLAYED);
        ArchiveEntry.Corrupt corrupt = (ArchiveEntry.Corrupt) entries.get(2);
        assertThat(corrupt.position()).isEqualTo(offsets.get(2));
        assertThat(corrupt.original()).hasSize((int) (offsets.get(3) - offsets.get(2)) / 2);
        assertThat(entries.subList(3, 6)).extracting(entry -> ((ArchiveEntry.Captured) entry).page().url())
                .containsExactly("https://a.example/3", "https://a.example/4", "https://a.example/5");
        assertThat(end).isGreaterThan(offsets.get(5));
    }

    @Test
    void aMemberWhoseRecordLengthIsWrongIsCorruptAndTheNextMemberIsRead() throws IOException {
        Path file = dir.resolve("bad-length.warc.gz");
        try (WarcFixture warc = new WarcFixture(file, true)) {
            warc.page("https://a.example/before", T, HTML);
        }
        long badOffset = Files.size(file);
        for (String length : List.of("9999", "12")) {
            String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + HTML;
            String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/bad\r\n"
                    + "WARC-Date: 2019-03-14T08:30:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
                    + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + length
                    + "\r\n\r\n" + http + "\r\n\r\n";
            Files.write(file, WarcFixture.gzip(utf8(record)), java.nio.file.StandardOpenOption.APPEND);
        }
        long afterBad = Files.size(file);
        try (WarcFixture warc = new WarcFixture(dir.resolve("after.warc.gz"), true)) {
            warc.page("https://a.example/after", T, HTML);
        }
        Files.write(file, Files.readAllBytes(dir.resolve("after.warc.gz")), java.nio.file.StandardOpenOption.APPEND);

        List<ArchiveEntry> entries = read(file, 0);

        assertThat(entries).extracting(ArchiveReaderTest::kind).containsExactly(RecordKind.REPLAYED,
                RecordKind.CORRUPT, RecordKind.CORRUPT, RecordKind.REPLAYED);
        assertThat(entries.get(1).position()).isEqualTo(badOffset);
        assertThat(entries.get(3).position()).isEqualTo(afterBad);
    }

    @Test
    void readingFromAPositionStartsAtThatRecord() throws IOException {
        Path file = dir.resolve("resume.warc.gz");
        List<Long> offsets;
        try (WarcFixture warc = new WarcFixture(file, true)) {
            for (int i = 0; i < 4; i++) {
                warc.page("https://a.example/" + i, T, HTML);
            }
            offsets = warc.offsets();
        }
        assertThat(read(file, offsets.get(2))).extracting(ArchiveEntry::position)
                .containsExactly(offsets.get(2), offsets.get(3));
    }

    @Test
    void readsPlainWarcFilesAtRecordOffsets() throws IOException {
        Path file = dir.resolve("plain.warc");
        List<Long> offsets;
        try (WarcFixture warc = new WarcFixture(file, false)) {
            warc.page("https://a.example/1", T, HTML).request("https://a.example/2", T).page("https://a.example/2", T,
                    HTML);
            offsets = warc.offsets();
        }
        assertThat(read(file, 0)).extracting(ArchiveEntry::position).containsExactlyElementsOf(offsets);
        assertThat(read(file, offsets.get(1))).extracting(ArchiveReaderTest::kind)
                .containsExactly(RecordKind.REQUEST, RecordKind.REPLAYED);
    }

    @Test
    void readsJsonLinesWithTimesAndReportsABadLineByNumber() throws IOException {
        Path file = dir.resolve("dump.jsonl.gz");
        String lines = """
                {"url":"https://b.example/x","html":"<p>x</p>","date_download":"2018-01-02 03:04:05","date_publish":"2018-01-01 12:00:00"}
                {"url":"https://b.example/y", broken
                {"url":"https://b.example/z","html":"<p>z</p>","fetched_at":"2018-01-03T00:00:00Z"}
                """;
        Files.write(file, WarcFixture.gzip(utf8(lines)));

        List<ArchiveEntry> entries = read(file, 0);

        assertThat(entries).extracting(ArchiveReaderTest::kind).containsExactly(RecordKind.REPLAYED,
                RecordKind.CORRUPT, RecordKind.REPLAYED);
        ArchivedPage first = ((ArchiveEntry.Captured) entries.get(0)).page();
        assertThat(first.fetchedAt()).isEqualTo(Instant.parse("2018-01-02T03:04:05Z"));
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2018-01-01T12:00:00Z"));
        assertThat(entries.get(1).position()).isEqualTo(2);
        assertThat(((ArchiveEntry.Corrupt) entries.get(1)).original()).asString(StandardCharsets.UTF_8)
                .startsWith("{\"url\":\"https://b.example/y\"");
        assertThat(read(file, 3)).extracting(ArchiveEntry::position).containsExactly(3L);
    }

    @Test
    void refusesFilesThatAreNoArchive() {
        assertThatThrownBy(() -> ArchiveReader.forFile(dir.resolve("notes.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes.txt");
    }

    static RecordKind kind(ArchiveEntry entry) {
        if (entry instanceof ArchiveEntry.Skipped skipped) {
            return skipped.kind();
        }
        return entry instanceof ArchiveEntry.Corrupt ? RecordKind.CORRUPT : RecordKind.REPLAYED;
    }

    private static List<ArchiveEntry> read(Path file, long from) throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>();
        ArchiveReader.forFile(file).read(from, entries::add);
        return entries;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
