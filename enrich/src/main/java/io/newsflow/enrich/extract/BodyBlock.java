package io.newsflow.enrich.extract;

import java.util.Objects;

/**
 * One block of article body text, in reading order.
 *
 * @param kind what the block is
 * @param text its text with whitespace collapsed, in Unicode's composed form (NFC); list items and table rows are
 *     separated by {@code "\n"}
 */
public record BodyBlock(BlockKind kind, String text) {
    public BodyBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        text = TextNormalizer.composed(text);
    }
}
