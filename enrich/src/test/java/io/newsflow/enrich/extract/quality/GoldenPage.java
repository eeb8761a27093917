package io.newsflow.enrich.extract.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.extract.PageKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One page of the evaluation corpus: {@code page.html}, its golden values in {@code expected.json} and its golden
 * body in {@code body.txt}.
 *
 * @param name the directory name, which also decides the development/held-out split
 * @param fetchedAt the fetch time given to the extractor (dates after it are impossible)
 */
record GoldenPage(
        String name,
        byte[] html,
        String url,
        Instant fetchedAt,
        String title,
        List<String> authors,
        @Nullable Instant publishedAt,
        PageKind kind,
        String body) {

    /** Used when a page names no fetch time: late enough for any page in the corpus. */
    private static final Instant DEFAULT_FETCHED_AT = Instant.parse("2030-01-01T00:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every page directory under {@code root}, sorted by name. */
    static List<GoldenPage> readAll(Path root) {
        List<GoldenPage> pages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("page.html"))).sorted().toList()) {
                pages.add(read(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return pages;
    }

    static GoldenPage read(Path dir) {
        try {
            JsonNode root = JSON.readTree(dir.resolve("expected.json").toFile());
            JsonNode expected = root.has("extraction") ? root.get("extraction") : root;
            String name = dir.getFileName().toString();
            Path bodyFile = dir.resolve("body.txt");
            return new GoldenPage(
                    name,
                    Files.readAllBytes(dir.resolve("page.html")),
                    text(expected, "url", "https://golden.invalid/" + name + "/"),
                    instant(expected, "fetchedAt", DEFAULT_FETCHED_AT),
                    text(expected, "title", ""),
                    strings(expected.get("authors")),
                    instant(expected, "publishedAt", null),
                    kind(expected.path("kind").asText("article")),
                    Files.isRegularFile(bodyFile) ? Files.readString(bodyFile, StandardCharsets.UTF_8) : "");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("bad golden page " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static @Nullable Instant instant(JsonNode node, String field, @Nullable Instant fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? fallback : Instant.parse(value.asText());
    }

    private static List<String> strings(@Nullable JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> values.add(node.asText()));
        }
        return values;
    }

    private static PageKind kind(String value) {
        return PageKind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
