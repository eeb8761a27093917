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
 */
public record Predicted(
        String body,
        String title,
        List<String> authors,
        @Nullable Instant publishedAt,
        boolean givesDates,
        @Nullable String rejection) {

    public Predicted {
        authors = List.copyOf(authors);
    }

    /** Nothing: what a crashed extraction delivers. */
    public static Predicted nothing() {
        return new Predicted("", "", List.of(), null, true, null);
    }
}
