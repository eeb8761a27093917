package io.newsflow.app.cli;

/** Where {@code newsflow extract} took a saved page's URL from, as printed in its {@code urlSource} field. */
enum UrlSource {
    /** The {@code --url} option. */
    ARGUMENT("argument"),
    /** The page's {@code <link rel=canonical>}. */
    CANONICAL("canonical"),
    /** The page's {@code og:url} meta tag. */
    OG_URL("og:url"),
    /** The page names no absolute URL: it is extracted without one and keyed by its content. */
    NONE("none");

    private final String label;

    UrlSource(String label) {
        this.label = label;
    }

    /** The name printed in the JSON output. */
    String label() {
        return label;
    }
}
