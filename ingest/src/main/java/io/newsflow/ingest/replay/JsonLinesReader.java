package io.newsflow.ingest.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines dump: one article a line with at least {@code url} and {@code html}, optionally a fetch time and a
 * publication time under the names common dumps use (news-please's {@code date_download}/{@code date_publish} among
 * them). Positions are 1-based line numbers; a line that is not such an object is one corrupt entry.
 */
final class JsonLinesReader implements ArchiveReader {

    /** Field names of the fetch time, first found wins. */
    static final List<String> FETCHED_FIELDS = List.of("fetched_at", "fetchedAt", "date_download", "crawled_at");
    /** Field names of the publication time, first found wins. */
    static final List<String> PUBLISHED_FIELDS = List.of("published_at", "publishedAt", "date_publish", "date");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final boolean gzip;

    JsonLinesReader(Path file, boolean gzip) {
        this.file = file;
        this.gzip = gzip;
    }

    @Override
    public void read(long from, Consumer<ArchiveEntry> sink) throws IOException {
        Instant fileTime = Files.getLastModifiedTime(file).toInstant();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw, 64 * 1024) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            for (long number = 1; (line = lines.readLine()) != null; number++) {
                if (number >= from && !line.isBlank()) {
                    sink.accept(entry(number, line, fileTime));
                }
            }
        }
    }

    /** The entry for one line; the file's modification time stands in for a missing fetch time. */
    static ArchiveEntry entry(long number, String line, Instant fileTime) {
        try {
            JsonNode article = JSON.readTree(line);
            String url = text(article, List.of("url"));
            String html = text(article, List.of("html", "maintext_html", "content"));
            if (url == null || html == null) {
                throw new IllegalArgumentException("a line needs the fields url and html");
            }
            String fetched = text(article, FETCHED_FIELDS);
            String published = text(article, PUBLISHED_FIELDS);
            return new ArchiveEntry.Captured(
                    number,
                    new ArchivedPage(
                            url,
                            fetched == null ? fileTime : instant(fetched),
                            "text/html; charset=utf-8",
                            null,
                            null,
                            html.getBytes(StandardCharsets.UTF_8),
                            published == null ? null : instant(published)));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            return new ArchiveEntry.Corrupt(number, "unusable line " + number + ": " + e.getMessage(),
                    line.getBytes(StandardCharsets.UTF_8), e);
        }
    }

    private static @Nullable String text(JsonNode article, List<String> names) {
        for (String name : names) {
            JsonNode value = article.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    @Override
    public boolean linePositions() {
        return true;
    }

    /** ISO-8601 with an offset, or news-please's {@code yyyy-MM-dd HH:mm:ss} read as UTC. */
    static Instant instant(String value) {
        String iso = value.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            // no offset given: archives of this kind record UTC
            return java.time.LocalDateTime.parse(iso).toInstant(java.time.ZoneOffset.UTC);
        }
    }
}
