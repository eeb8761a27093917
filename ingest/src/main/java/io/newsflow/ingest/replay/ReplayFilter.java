package io.newsflow.ingest.replay;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which archived pages a replay publishes.
 *
 * @param from only pages captured at or after this time (WARC-Date), when present
 * @param to only pages captured before this time, when present
 * @param domains only pages on these hosts or their subdomains; empty for every host
 * @param urlPattern only pages whose URL contains a match, when present
 */
public record ReplayFilter(Optional<Instant> from, Optional<Instant> to, Set<String> domains,
        Optional<Pattern> urlPattern) {

    /** Every page. */
    public static final ReplayFilter ALL = new ReplayFilter(Optional.empty(), Optional.empty(), Set.of(),
            Optional.empty());

    /** Normalises the domains to lower case without a leading dot. */
    public ReplayFilter {
        domains = domains.stream()
                .map(domain -> domain.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether {@code page} is to be replayed. */
    public boolean accepts(ArchivedPage page) {
        Instant at = page.fetchedAt();
        return from.map(start -> !at.isBefore(start)).orElse(true)
                && to.map(at::isBefore).orElse(true)
                && (domains.isEmpty() || onDomain(page.url()))
                && urlPattern.map(pattern -> pattern.matcher(page.url()).find()).orElse(true);
    }

    private boolean onDomain(String url) {
        String host = host(url);
        return domains.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            // a URL that does not parse is on no domain; the record factory reports it when it is replayed
            return "";
        }
    }
}
