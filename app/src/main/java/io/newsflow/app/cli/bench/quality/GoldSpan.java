package io.newsflow.app.cli.bench.quality;

/**
 * A labelled (or recognised) entity mention.
 *
 * @param start offset of its first character in the document text
 * @param end offset after its last character
 * @param type {@code PER}, {@code ORG} or {@code LOC}
 */
record GoldSpan(int start, int end, String type) {

    /** The three types scored, in report order. */
    static final java.util.List<String> TYPES = java.util.List.of("PER", "ORG", "LOC");

    boolean overlaps(GoldSpan other) {
        return start < other.end && other.start < end;
    }
}
