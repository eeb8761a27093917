package io.newsflow.publish.route;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The site of an article: the host of its URL, lower case, without a leading {@code www.}. */
public final class ArticleSite {

    private ArticleSite() {}

    /** The site of {@code url}; empty when the URL has no host. */
    public static Optional<String> of(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return Optional.empty();
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return Optional.of(lower.startsWith("www.") ? lower.substring(4) : lower);
        } catch (IllegalArgumentException e) {
            // enrich only passes URLs that were fetched, so this is a URL java.net.URI is stricter about: no site
            return Optional.empty();
        }
    }

    /** Whether {@code url}'s host is {@code site} or a subdomain of it. */
    static boolean belongsTo(String url, String site) {
        String wanted = site.toLowerCase(Locale.ROOT);
        return of(url).map(host -> host.equals(wanted) || host.endsWith("." + wanted)
                || ("www." + host).equals(wanted)).orElse(false);
    }
}
