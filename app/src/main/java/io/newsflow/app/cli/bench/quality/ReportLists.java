package io.newsflow.app.cli.bench.quality;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The report's lists behind the figures: rejected articles, htmldate's dated pages rejected, crashes and gold items
 * without a page file.
 */
final class ReportLists {

    private final Map<RowKey, Tally> rows;
    private final List<RowKey> order;
    private final List<GoldSet> sets;

    ReportLists(Map<RowKey, Tally> rows, List<RowKey> order, List<GoldSet> sets) {
        this.rows = rows;
        this.order = order;
        this.sets = sets;
    }

    String markdown() {
        return rejections("Articles newsflow rejected", Tally::rejected, false)
                // htmldate's gold dates a page but does not say which are articles: listed apart, out of every page
                + rejections("Dated pages newsflow rejected (htmldate: not counted as articles, the gold gives no"
                        + " verdict)", Tally::rejectedDated, true)
                + crashes() + missing();
    }

    /**
     * newsflow's rejections that {@code pick} takes from each row, with their reasons; {@code ofPages} adds how many
     * pages the row has.
     */
    private String rejections(String title, Function<Tally, List<PageScore>> pick, boolean ofPages) {
        StringBuilder md = new StringBuilder();
        for (RowKey key : order) {
            List<PageScore> rejected = pick.apply(rows.get(key));
            if (key.extractor() == Extractor.NEWSFLOW && !rejected.isEmpty()) {
                md.append("- ").append(heading(key)).append(" (").append(rejected.size());
                if (ofPages) {
                    md.append(" of ").append(rows.get(key).scores().pages());
                }
                md.append("):\n");
                rejected.forEach(s -> md.append("  - `").append(s.page().page()).append("` ")
                        .append(oneLine(s.rejection())).append('\n'));
            }
        }
        return section(title, md);
    }

    private String crashes() {
        StringBuilder md = new StringBuilder();
        for (RowKey key : order) {
            for (PageScore crash : rows.get(key).crashes()) {
                md.append("- ").append(key.extractor().label()).append(", ").append(heading(key)).append(": `")
                        .append(crash.page().page()).append("` ").append(oneLine(crash.crash())).append('\n');
            }
        }
        return section("Crashes", md);
    }

    private String missing() {
        StringBuilder md = new StringBuilder();
        for (GoldSet set : sets) {
            if (!set.missing().isEmpty()) {
                md.append("- ").append(set.set().folder()).append(" (").append(set.missing().size()).append("): ")
                        .append(String.join(", ", set.missing().stream().limit(20).toList()))
                        .append(set.missing().size() > 20 ? ", ..." : "").append('\n');
            }
        }
        return section("Gold items without a page in the cache", md);
    }

    /** A titled section of the report: its lines, or "none". */
    private static String section(String title, StringBuilder lines) {
        return "## " + title + "\n\n" + (lines.length() == 0 ? "none\n" : lines.toString()) + "\n";
    }

    private static String heading(RowKey key) {
        return key.set().folder() + " " + key.group() + " " + key.split().name();
    }

    private static String oneLine(@Nullable String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
