package io.newsflow.ingest.fetch;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a Content-Type header ingest cares about.
 *
 * @param mimeType lower-case type/subtype, empty when the header is missing or blank
 * @param charset the {@code charset} parameter as given (unquoted), null when absent
 */
public record MediaType(String mimeType, @Nullable String charset) {

    /** Media types that are web pages. */
    public static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** Parses a Content-Type header value; a missing header gives an empty type and no charset. */
    public static MediaType parse(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return new MediaType("", null);
        }
        String[] parts = header.split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
                String value = parameter[1].trim().replace("\"", "").replace("'", "");
                charset = value.isEmpty() ? null : value;
            }
        }
        return new MediaType(parts[0].trim().toLowerCase(Locale.ROOT), charset);
    }

    /** Whether this is an HTML or XHTML page. */
    public boolean isHtml() {
        return HTML_TYPES.contains(mimeType);
    }
}
