package io.newsflow.app.cli.bench.quality;

/** The extractors scored side by side. */
enum Extractor {
    NEWSFLOW("newsflow"),
    READABILITY4J("Readability4J");

    private final String label;

    Extractor(String label) {
        this.label = label;
    }

    /** The name in reports. */
    String label() {
        return label;
    }
}
