package io.newsflow.enrich.bench;

import io.newsflow.enrich.RawPages;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The pages the benchmarks run on: every page under the directory named by the system property {@code bench.pages}
 * (e.g. saved real pages), else the enrich module's own test pages (the golden pages and the real fundus and
 * trafilatura samples), as raw articles.
 */
final class BenchPages {

    private BenchPages() {}

    /** The pages as ingest would publish them, in path order. */
    static List<RawArticle> load() {
        Path dir = dir();
        try (Stream<Path> files = Files.walk(dir)) {
            List<RawArticle> pages = files.filter(BenchPages::isPage).sorted()
                    .map(file -> RawPages.raw("bench-" + dir.relativize(file).hashCode(),
                            "https://bench.invalid/" + dir.relativize(file), bytes(file), Instant.parse("2024-01-10T12:00:00Z")))
                    .toList();
            if (pages.isEmpty()) {
                throw new IllegalStateException("no .html or .html.gz page under " + dir);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Path dir() {
        String configured = System.getProperty("bench.pages");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            // the test resources' root: golden/ and real/ hold pages, other folders hold none
            return Path.of(BenchPages.class.getResource("/golden").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the test resources", e);
        }
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".html") || name.endsWith(".html.gz"));
    }

    private static byte[] bytes(Path file) {
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
