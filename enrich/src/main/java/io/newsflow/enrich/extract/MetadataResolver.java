package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves metadata fields from their competing sources: JSON-LD first, then {@code <meta>} tags, then the DOM.
 */
final class MetadataResolver {

    private MetadataResolver() {}

    static List<@Nullable String> metaValues(PageSignals signals, List<String> keys) {
        List<@Nullable String> values = new ArrayList<>();
        keys.forEach(key -> values.add(signals.meta(key)));
        return values;
    }

    /** An ISO 639-1 code from the first declaration that has one ("de-DE" and "de_DE" give "de"). */
    static @Nullable String language(List<@Nullable String> declarations) {
        for (String declaration : declarations) {
            if (declaration == null) {
                continue;
            }
            String code = declaration.strip().toLowerCase(Locale.ROOT);
            int cut = indexOfAny(code, '-', '_');
            code = cut >= 0 ? code.substring(0, cut) : code;
            if (code.length() == 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))) {
                return code;
            }
        }
        return null;
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Tags from article:tag metas, else tag links, else JSON-LD keywords, else meta keywords; deduplicated. */
    static List<String> tags(PageSignals signals, JsonLdArticle ld) {
        List<List<String>> sources = new ArrayList<>();
        MetaKeys.TAGS.forEach(key -> sources.add(signals.metaAll(key)));
        sources.add(signals.tagLinks());
        sources.add(ld.keywords());
        MetaKeys.KEYWORDS.forEach(key -> sources.add(signals.metaAll(key)));
        for (List<String> source : sources) {
            Map<String, String> tags = new LinkedHashMap<>();
            for (String value : source) {
                for (String tag : source.size() == 1 ? value.split(",") : new String[] {value}) {
                    String clean = TextNormalizer.collapse(tag);
                    if (!clean.isEmpty()) {
                        tags.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
                    }
                }
            }
            if (!tags.isEmpty()) {
                return List.copyOf(tags.values());
            }
        }
        return List.of();
    }

    /** The canonical URL, absolute and http(s), from the canonical link, og:url or JSON-LD. */
    static @Nullable String canonicalUrl(PageSignals signals, JsonLdArticle ld, String baseUrl) {
        List<@Nullable String> candidates = new ArrayList<>();
        candidates.add(signals.canonicalUrl());
        candidates.addAll(metaValues(signals, MetaKeys.URL));
        candidates.add(ld.url());
        for (String candidate : candidates) {
            String url = candidate == null ? "" : LeadImageResolver.absolute(candidate, baseUrl);
            if (url.startsWith("http://") || url.startsWith("https://")) {
                return url;
            }
        }
        return null;
    }

    @SafeVarargs
    static <T> @Nullable T first(@Nullable T... values) {
        for (T value : values) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return value;
            }
        }
        return null;
    }
}
