package io.newsflow.enrich.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.nodes.Document;

/** Loads test pages from {@code src/test/resources/extract/}. */
final class TestPages {

    private TestPages() {}

    static byte[] bytes(String path) {
        try (InputStream in = TestPages.class.getResourceAsStream("/extract/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /extract/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + path, e);
        }
    }

    static Document page(String path, String url) {
        return PageParser.parse(bytes(path), null, url);
    }
}
