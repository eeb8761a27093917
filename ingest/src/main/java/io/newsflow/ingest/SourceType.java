package io.newsflow.ingest;

import java.util.Locale;

/** Kinds of source ingest discovers article URLs from; the config value is the lower-case name. */
public enum SourceType {
    /** An RSS (0.9x, 1.0, 2.0) or Atom feed at a URL; each entry link is an article. */
    FEED,
    /** A text file or URL with one article URL per line; blank lines and {@code #} comments are ignored. */
    LIST;

    /** The config spelling of this type, e.g. {@code feed}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
