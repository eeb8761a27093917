package io.newsflow.ingest;

import java.util.Map;

/**
 * What one ingest pass did.
 *
 * @param outcomes how many URLs (or sources) ended in each outcome, keyed by outcome name: {@code fetched},
 *     {@code too_large} (over the size cap or a compression bomb: dead-lettered, not published), {@code http_error},
 *     {@code timeout}, {@code failed}, {@code not_html}, {@code invalid_url}, {@code not_modified} (a 304, for pages,
 *     robots.txt and sources), {@code seen} (known to the seen-set under some name), {@code duplicate} (listed or
 *     reached twice in this pass), {@code host_skipped} (its host kept timing out), {@code skipped_window},
 *     {@code skipped_sitemap_window}, {@code skipped_sitemap_limit}, {@code site_part_failed} (left out by
 *     discovery), {@code source_failed}, {@code cancelled} (skipped because the app was closing)
 * @param discovered URLs the sources listed, duplicates included
 * @param published RawArticle records sent and acknowledged
 * @param deadLettered DeadLetter records sent and acknowledged
 */
public record IngestReport(Map<String, Integer> outcomes, int discovered, int published, int deadLettered) {

    /** Freezes the outcome counts. */
    public IngestReport {
        outcomes = Map.copyOf(outcomes);
    }

    /** The count for {@code outcome}, 0 when none. */
    public int count(String outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
