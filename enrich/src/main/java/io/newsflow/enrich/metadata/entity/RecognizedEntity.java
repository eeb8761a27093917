package io.newsflow.enrich.metadata.entity;

import java.util.List;
import java.util.Objects;

/**
 * A named entity of one article, its mentions merged.
 *
 * @param name canonical surface form: the fullest form the article uses, e.g. {@code "Sergei Schoigu"}
 * @param type person, organisation or place
 * @param aliases the other surface forms merged into this entity, e.g. {@code ["Schoigu", "Schoigus", "Shoigu"]}
 * @param mentions number of mentions in title and body, at least 1
 * @param firstOffset character offset of the first mention in the body, -1 when it is only in the title
 */
public record RecognizedEntity(String name, EntityType type, List<String> aliases, int mentions, int firstOffset) {
    public RecognizedEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        if (mentions < 1 || firstOffset < -1) {
            throw new IllegalArgumentException("mentions must be >= 1 and firstOffset >= -1: " + mentions + ", "
                    + firstOffset);
        }
    }
}
