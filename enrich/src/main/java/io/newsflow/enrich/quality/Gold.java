package io.newsflow.enrich.quality;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The gold labels of one page. A set gives only some: a full body (fundus, WCXB) or snippets (trafilatura), a
 * headline, authors, a date; what it lacks is null or empty and not scored.
 *
 * @param body the full article text; null when the set gives none
 * @param with snippets the body must contain (trafilatura)
 * @param without snippets it must not contain
 * @param title the headline; null or blank when not given
 * @param authors the author names; empty when not given
 * @param date the publication day; null when not given
 * @param article whether the gold says the page is an article, so rejecting it is a miss
 */
public record Gold(
        @Nullable String body,
        List<String> with,
        List<String> without,
        @Nullable String title,
        List<String> authors,
        @Nullable GoldDate date,
        boolean article) {

    public Gold {
        with = List.copyOf(with);
        without = List.copyOf(without);
        authors = List.copyOf(authors);
    }
}
