package io.newsflow.enrich.extract;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The image that leads an article.
 *
 * @param url absolute image URL
 * @param caption the caption without the credit
 * @param credit the photographer or agency, without a leading "©" or "Foto:"
 */
public record LeadImage(String url, @Nullable String caption, @Nullable String credit) {
    public LeadImage {
        Objects.requireNonNull(url, "url");
    }
}
