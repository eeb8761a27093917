package io.newsflow.app.cli.bench.quality;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The report's lists behind the figures: rejected articles, crashes and gold items without a page file. */
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
        StringBuilder md = new StringBuilder();
        md.append("## Articles newsflow rejected\n\n");
        boolean any = false;
        for (RowKey key : order) {
            List<PageScore> rejected = rows.get(key).rejected();
            if (key.extractor() != Extractor.NEWSFLOW || rejected.isEmpty()) {
                continue;
            }
            any = true;
            md.append("- ").append(heading(key)).append(" (").append(rejected.size()).append("):\n");
            rejected.forEach(s -> md.append("  - `").append(s.page().page()).append("` ").append(oneLine(s.rejection()))
                    .append('\n'));
        }
        md.append(any ? "\n" : "none\n\n");
        md.append("## Crashes\n\n");
        any = false;
        for (RowKey key : order) {
            for (PageScore crash : rows.get(key).crashes()) {
                any = true;
                md.append("- ").append(key.extractor().label()).append(", ").append(heading(key)).append(": `")
                        .append(crash.page().page()).append("` ").append(oneLine(crash.crash())).append('\n');
            }
        }
        md.append(any ? "\n" : "none\n\n");
        md.append("## Gold items without a page in the cache\n\n");
        any = false;
        for (GoldSet set : sets) {
            if (!set.missing().isEmpty()) {
                any = true;
                md.append("- ").append(set.set().folder()).append(" (").append(set.missing().size()).append("): ")
                        .append(String.join(", ", set.missing().stream().limit(20).toList()))
                        .append(set.missing().size() > 20 ? ", ..." : "").append('\n');
            }
        }
        md.append(any ? "\n" : "none\n\n");
        return md.toString();
    }

    private static String heading(RowKey key) {
        return key.set().folder() + " " + key.group() + " " + key.split().name();
    }

    private static String oneLine(@Nullable String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
