package io.newsflow.enrich.metadata.entity;

/**
 * One mention of a recognised entity in a text.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param type the type of the entity it names
 */
public record EntitySpan(int start, int end, EntityType type) {
    public EntitySpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
