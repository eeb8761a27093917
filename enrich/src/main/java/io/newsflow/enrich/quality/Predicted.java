package io.newsflow.enrich.quality;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an extractor delivered for a page, in the terms scored.
 *
 * @param body the text delivered (newsflow: empty when the topology rejects the page)
 * @param publishedAt the publication instant, null when none was found
 * @param givesDates whether the extractor gives dates at all (Readability4J does not: its date is not scored)
 * @param rejection why the page got no article (newsflow's rejection reason and detail); null when it got one
 * @param publishedLocal the publication time as the page states it (ISO 8601 with the page's offset, or a day alone),
 *     null when the extractor gives none: its first ten characters are the page's local day
 */
public record Predicted(
        String body,
        String title,
        List<String> authors,
        @Nullable Instant publishedAt,
        boolean givesDates,
        @Nullable String rejection,
        @Nullable String publishedLocal) {

    public Predicted {
        authors = List.copyOf(authors);
    }

    /** An extractor that gives the instant alone, without the page's local form. */
    public Predicted(String body, String title, List<String> authors, @Nullable Instant publishedAt,
            boolean givesDates, @Nullable String rejection) {
        this(body, title, authors, publishedAt, givesDates, rejection, null);
    }

    /** Nothing: what a crashed extraction delivers. */
    public static Predicted nothing() {
        return new Predicted("", "", List.of(), null, true, null);
    }
}
