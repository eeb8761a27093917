package io.newsflow.ingest;

import java.util.Locale;

/** Kinds of source ingest discovers article URLs from; the config value is the lower-case name. */
public enum SourceType {
    /** An RSS (0.9x, 1.0, 2.0), Atom or JSON Feed at a URL; each entry link is an article. */
    FEED,
    /** A text file or URL with one article URL per line; blank lines and {@code #} comments are ignored. */
    LIST,
    /** An XML sitemap, sitemap index or Google News sitemap at a URL, gzipped or not. */
    SITEMAP,
    /** A site's home page: its feeds are autodiscovered and its robots.txt sitemaps read. */
    SITE;

    /** The config spelling of this type, e.g. {@code feed}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
