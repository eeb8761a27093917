package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.Gold;
import io.newsflow.enrich.quality.Split;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation page and its gold labels, whatever set it comes from.
 *
 * @param id the item id the split is computed from
 * @param page a name for reports: the item id, or the page file for sets with several pages per item
 * @param group the page type the report breaks figures down by ("news", WCXB's page_type, an htmldate file)
 * @param url the page's URL when the set gives one; null otherwise (the page's own canonical URL is used then)
 * @param fetchedAt when the page was crawled, when the set says; else null (the bench uses a fixed late instant)
 */
record GoldPage(
        EvalSet set,
        String id,
        String page,
        String group,
        @Nullable String url,
        Path file,
        @Nullable Instant fetchedAt,
        Gold gold) {

    GoldPage {
        // trafilatura keys some pages "hard::<file>", WCXB leaves a few URLs empty: no URL, as for a saved page
        url = url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }

    /** The split of the page's item. */
    Split split() {
        return Split.of(id);
    }

    /** The page's bytes, gunzipped when the file ends in {@code .gz}. */
    byte[] html() {
        try (InputStream in = file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
