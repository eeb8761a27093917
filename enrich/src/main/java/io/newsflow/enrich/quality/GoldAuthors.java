package io.newsflow.enrich.quality;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a gold author string ("Ann Lee, MS, RD and Bo Chan") into names, for sets that give all authors in one
 * string: separators are commas, semicolons, "&", "and"/"und"/"et"/"y"; credentials after a name (all-capital
 * abbreviations, degrees with dots, parts with digits) are not names and are dropped.
 */
public final class GoldAuthors {

    private static final Pattern SEPARATORS =
            Pattern.compile("\\s*(?:[,;&]\\s*(?:(?:and|und|et|y)\\s+)?|\\s(?:and|und|et|y)\\s)\\s*");
    private static final Pattern CREDENTIAL = Pattern.compile("\\p{Lu}{1,6}|.*\\d.*|\\S*\\.\\S*");

    private GoldAuthors() {}

    /** The names in {@code authors}; empty for null or blank. */
    public static List<String> split(@Nullable String authors) {
        if (authors == null || authors.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(authors.strip()))
                .map(String::strip)
                .filter(part -> !part.isEmpty() && !CREDENTIAL.matcher(part).matches())
                .toList();
    }
}
