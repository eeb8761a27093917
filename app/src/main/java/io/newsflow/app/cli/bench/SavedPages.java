package io.newsflow.app.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Every page under a directory, read into memory so a benchmark measures parsing and extraction, not the disk.
 *
 * @param pages the pages in path order
 */
record SavedPages(List<SavedPage> pages) {

    /** One page: its bytes (gunzipped) and a base URL made from its path. */
    record SavedPage(Path file, byte[] bytes, String baseUrl) {}

    SavedPages {
        pages = List.copyOf(pages);
    }

    /**
     * Reads every {@code .html}, {@code .htm} and gzipped page under {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} is not a directory or holds no page
     */
    static SavedPages read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory");
        }
        List<SavedPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(SavedPages::isPage).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                pages.add(new SavedPage(file, bytes(file), "https://bench.invalid/" + relative));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no .html or .html.gz page");
        }
        return new SavedPages(pages);
    }

    /** Mean page size in bytes (uncompressed). */
    double meanBytes() {
        return pages.stream().mapToLong(page -> page.bytes().length).average().orElse(0);
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
    }

    private static byte[] bytes(Path file) {
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
