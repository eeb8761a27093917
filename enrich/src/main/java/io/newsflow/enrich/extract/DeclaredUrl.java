package io.newsflow.enrich.extract;

import io.newsflow.schemas.ArticleId;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * The URL a saved page names for itself, for a page that comes without one ({@code newsflow extract FILE}, the quality
 * bench): its canonical link, else its og:url, each only when it is an absolute http(s) URL an article can be keyed by.
 * A relative or malformed canonical ("/paths/17", "https:///paths/17") names none, and og:url is tried.
 */
public final class DeclaredUrl {

    private DeclaredUrl() {}

    /** The page's canonical link when usable, else null. */
    public static @Nullable String canonical(Document page) {
        return usable(page.select("link[rel=canonical][href]").attr("href"));
    }

    /** The page's og:url when usable, else null. */
    public static @Nullable String ogUrl(Document page) {
        return usable(page.select("meta[property=og:url][content]").attr("content"));
    }

    /** The canonical link, else og:url; null when the page names no usable URL. */
    public static @Nullable String of(Document page) {
        String canonical = canonical(page);
        return canonical != null ? canonical : ogUrl(page);
    }

    private static @Nullable String usable(String value) {
        String candidate = value.strip();
        if (!candidate.startsWith("http://") && !candidate.startsWith("https://")) {
            return null;
        }
        try {
            ArticleId.normalise(candidate);
            return candidate;
        } catch (IllegalArgumentException notAUrl) {
            return null; // a malformed URL names none: the next source is tried
        }
    }
}
