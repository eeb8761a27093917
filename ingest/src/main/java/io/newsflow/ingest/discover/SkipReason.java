package io.newsflow.ingest.discover;

/** Why discovery left a listed URL (or a whole sitemap) out; each is a line of the outcome table. */
public enum SkipReason {
    /** A sitemap URL whose lastmod or news:publication_date is older than the window ({@code --since} widens it). */
    WINDOW("skipped_window"),
    /** A sitemap index entry (a whole archive sitemap) whose lastmod is older than the window: not even read. */
    SITEMAP_WINDOW("skipped_sitemap_window"),
    /** A sitemap beyond the number of sitemaps read per source. */
    SITEMAP_LIMIT("skipped_sitemap_limit"),
    /** A feed or sitemap of a site source that failed while others of the site could be read (logged at WARN). */
    SITE_PART_FAILED("site_part_failed");

    private final String outcome;

    SkipReason(String outcome) {
        this.outcome = outcome;
    }

    /** The name of the reason in the outcome table and the meters. */
    public String outcome() {
        return outcome;
    }
}
