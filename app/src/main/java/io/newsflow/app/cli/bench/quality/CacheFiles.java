package io.newsflow.app.cli.bench.quality;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Reading the cache's gold files: JSON, and page files whose names may be stored in another Unicode form. */
final class CacheFiles {

    /** htmldate's gold writes NaN for pages without a date: a Python json.dump habit. */
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private CacheFiles() {}

    /**
     * The parsed JSON file.
     *
     * @throws UncheckedIOException naming the file when it is missing or not JSON
     */
    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The text field {@code name} of {@code node}; null when absent, JSON null or not text. */
    static @Nullable String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    /** The strings of the array {@code name}, or the single string, or nothing. */
    static List<String> strings(JsonNode node, String name) {
        JsonNode value = node.get(name);
        List<String> strings = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> strings.add(item.asText()));
        } else if (value != null && value.isTextual()) {
            strings.add(value.asText());
        }
        return strings;
    }

    /** The files of {@code dirs} by NFC name, so a name written in NFD in the gold still finds its page. */
    static Map<String, Path> filesByName(List<Path> dirs) {
        Map<String, Path> files = new HashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(dir)) {
                // earlier folders win, as in the sets' own loaders (trafilatura: cache before eval)
                listing.filter(Files::isRegularFile)
                        .forEach(
                                file -> files.putIfAbsent(nfc(file.getFileName().toString()), file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** The page named {@code name} among {@code files}. */
    static Optional<Path> find(Map<String, Path> files, String name) {
        return Optional.ofNullable(files.get(nfc(name)));
    }

    private static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
