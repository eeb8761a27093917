package io.newsflow.enrich.extract;

import java.util.Locale;

/**
 * Recognises a site-search result page by its URL: a last path segment such as {@code /search} or {@code /suche},
 * or a search query parameter on the site root ({@code /?s=...}, the WordPress form).
 */
final class SearchPageUrl {

    /** Path segments of search pages, in the languages the pipeline reads. */
    static final TokenSet SEARCH_SEGMENTS = TokenSet.of(
            "search path segments",
            "search", "suche", "recherche", "rechercher", "buscar", "busqueda", "búsqueda", "buscador", "cerca",
            "ricerca", "zoeken", "pesquisa", "busca", "sok", "søk", "haku", "szukaj", "hledat", "poisk", "поиск",
            "بحث", "検索", "搜索", "खोज");

    /** Query parameters that carry a search term on the site root. */
    static final TokenSet QUERY_KEYS = TokenSet.of("search query keys", "s", "q", "query", "search", "searchterm");

    private SearchPageUrl() {}

    static boolean matches(String url) {
        String rest = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*", "").replaceFirst("#.*$", "");
        int queryAt = rest.indexOf('?');
        String path = queryAt < 0 ? rest : rest.substring(0, queryAt);
        String query = queryAt < 0 ? "" : rest.substring(queryAt + 1);
        String[] segments = path.split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        if (!last.isEmpty() && SEARCH_SEGMENTS.contains(decodedLower(last))) {
            return true;
        }
        if (!path.isEmpty() && !path.equals("/")) {
            return false;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0
                    && eq < pair.length() - 1
                    && QUERY_KEYS.contains(pair.substring(0, eq).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String decodedLower(String segment) {
        try {
            return java.net.URLDecoder.decode(segment, java.nio.charset.StandardCharsets.UTF_8)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return segment.toLowerCase(Locale.ROOT);
        }
    }
}
