package io.newsflow.ingest.publish;

import io.newsflow.ingest.fetch.Page;
import io.newsflow.schemas.ArticleId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Finds the URL a page names as its canonical one with {@code <link rel="canonical" href="...">}. */
public final class CanonicalUrlExtractor {

    /** The canonical link element; rel is a space-separated, case-insensitive token list. */
    private static final String CANONICAL_LINK = "link[rel~=(?i)(^|\\s)canonical($|\\s)][href]";

    private CanonicalUrlExtractor() {}

    /** The page's canonical URL, absolute and http(s), or empty when it names none (or names an unusable one). */
    public static Optional<String> find(Page page) {
        Document document = parse(page);
        Element link = document.selectFirst(CANONICAL_LINK);
        if (link == null) {
            return Optional.empty();
        }
        String href = link.absUrl("href");
        try {
            ArticleId.normalise(href);
            return Optional.of(href);
        } catch (IllegalArgumentException e) {
            // An unusable canonical link (relative to nothing, javascript:, garbage) is common: the final URL is the
            // id.
            return Optional.empty();
        }
    }

    /** The page's document, decoded with its declared charset when Java knows it, else as jsoup sniffs it. */
    static Document parse(Page page) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.body()), supported(page.charset()), page.finalUrl());
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory page cannot fail: " + page.finalUrl(), e);
        }
    }

    private static @Nullable String supported(@Nullable String charset) {
        try {
            return charset != null && Charset.isSupported(charset) ? charset : null;
        } catch (IllegalCharsetNameException e) {
            // A bad label in the header: let jsoup sniff the BOM and <meta charset> instead.
            return null;
        }
    }
}
