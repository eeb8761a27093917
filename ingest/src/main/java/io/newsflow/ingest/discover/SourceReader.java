package io.newsflow.ingest.discover;

import io.newsflow.ingest.SourceSpec;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.PoliteFetcher;
import io.newsflow.ingest.fetch.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a source's bytes, over HTTP with the page fetcher (same headers, cap and deadline) or from a file. */
public final class SourceReader {

    private final PoliteFetcher fetcher;

    /** @param fetcher fetches http(s) sources, spaced per host like pages */
    public SourceReader(PoliteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * The source's content.
     *
     * @throws SourceException on an HTTP error, a timeout, a body over the size cap, or an unreadable file
     */
    public SourceContent read(SourceSpec source) throws SourceException {
        return source.isUrl() ? fetch(source.location(), source.ignoreRobots()) : file(source.location());
    }

    private SourceContent fetch(String url, boolean ignoreRobots) throws SourceException {
        FetchOutcome outcome = fetcher.fetchSource(url, ignoreRobots);
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            Page page = fetched.page();
            return new SourceContent(url, page.body(), page.contentType(), page.charset());
        }
        if (outcome instanceof FetchOutcome.HttpError error) {
            throw new SourceException(url, "HTTP " + error.status() + " from " + error.finalUrl(), null);
        }
        if (outcome instanceof FetchOutcome.TooLarge) {
            throw new SourceException(url, "larger than the size cap", null);
        }
        if (outcome instanceof FetchOutcome.Timeout timeout) {
            throw new SourceException(url, "timed out after " + timeout.limit(), timeout.exception());
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            throw new SourceException(url, "fetch failed", failed.exception());
        }
        if (outcome instanceof FetchOutcome.Refused refused) {
            throw new SourceException(url, "refused: " + refused.reason(), null);
        }
        if (outcome instanceof FetchOutcome.Disallowed disallowed) {
            throw new SourceException(url, "robots.txt disallows " + disallowed.disallowedUrl()
                    + " (the operator may override it with ingest.sources.<n>.ignore.robots=true)", null);
        }
        if (outcome instanceof FetchOutcome.Deferred deferred) {
            throw new SourceException(url, "deferred: " + deferred.reason(), null);
        }
        throw new SourceException(url, outcome.name(), null);
    }

    /** The sitemaps the robots.txt of {@code url}'s host names; empty when it names none or cannot be read. */
    public List<String> robotsSitemaps(String url) throws SourceException {
        try {
            return fetcher.robots().rules(url).sitemaps();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(url, "interrupted while reading robots.txt", e);
        }
    }

    private static SourceContent file(String path) throws SourceException {
        try {
            return new SourceContent(path, Files.readAllBytes(Path.of(path)), null, null);
        } catch (IOException e) {
            throw new SourceException(path, "cannot read file", e);
        }
    }

    /**
     * A source's bytes.
     *
     * @param location URL or file path
     * @param bytes the content
     * @param contentType Content-Type header, null for files
     * @param charset charset from the Content-Type header, null when unknown
     */
    public record SourceContent(
            String location, byte[] bytes, @Nullable String contentType, @Nullable String charset) {}
}
