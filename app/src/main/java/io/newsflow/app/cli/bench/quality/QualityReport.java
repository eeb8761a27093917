package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.FuzzyMatch;
import io.newsflow.enrich.quality.ShingleScore;
import io.newsflow.enrich.quality.SnippetScore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The markdown report of a {@code bench quality} run: one table of figures, then the pages behind the misses. */
final class QualityReport {

    private static final String NONE = "–";

    private final Map<RowKey, Tally> rows;
    private final List<GoldSet> sets;
    private final String command;
    private final Duration elapsed;
    /** Row order: the caller's map is ordered by set, group, split and extractor. */
    private final List<RowKey> order;

    QualityReport(Map<RowKey, Tally> rows, List<GoldSet> sets, String command, Duration elapsed) {
        this.rows = Map.copyOf(rows);
        this.sets = List.copyOf(sets);
        this.command = command;
        this.elapsed = elapsed;
        this.order = List.copyOf(rows.keySet());
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Extraction quality on third-party pages\n\n");
        md.append("`").append(command).append("` — ")
                .append(String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0))
                .append(" for ").append(order.stream().filter(k -> k.extractor() == Extractor.NEWSFLOW)
                        .mapToInt(k -> rows.get(k).scores().pages()).sum()).append(" pages.\n\n");
        md.append(MEASURES).append('\n');
        md.append(table()).append('\n');
        md.append(new ReportLists(rows, order, sets).markdown());
        return md.toString();
    }

    private String table() {
        StringBuilder md = new StringBuilder();
        md.append("| set | pages | split | n | extractor | body P | body R | body F1 | body F1 macro | snippet P"
                + " | snippet R | snippet F1 | snippet acc | title | authors | date | rejected articles | crashes"
                + " | no URL | without URL |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (RowKey key : order) {
            Tally t = rows.get(key);
            md.append("| ").append(key.set().folder()).append(" | ").append(key.group()).append(" | ")
                    .append(key.split().name()).append(" | ").append(t.scores().pages()).append(" | ")
                    .append(key.extractor().label()).append(" | ").append(body(t)).append(" | ").append(snippets(t))
                    .append(" | ").append(hits(t.scores().title())).append(" | ")
                    .append(hits(t.scores().authors())).append(" | ")
                    .append(hits(t.scores().date())).append(" | ").append(rejected(t)).append(" | ")
                    .append(t.crashes().size()).append(" | ")
                    .append(key.extractor() == Extractor.NEWSFLOW
                            ? t.noUrl() + " | " + t.extractedWithoutUrl()
                            : NONE + " | " + NONE)
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String body(Tally t) {
        if (t.scores().bodyPages() == 0) {
            return String.join(" | ", NONE, NONE, NONE, NONE);
        }
        ShingleScore b = t.scores().body();
        return String.join(" | ", f(b.precision()), f(b.recall()), f(b.f1()), f(t.scores().bodyF1Macro()));
    }

    private static String snippets(Tally t) {
        SnippetScore s = t.scores().snippets();
        if (s.equals(SnippetScore.ZERO)) {
            return String.join(" | ", NONE, NONE, NONE, NONE);
        }
        return String.join(" | ", f(s.precision()), f(s.recall()), f(s.f1()), f(s.accuracy()));
    }

    private static String hits(int[] hits) {
        return hits[1] == 0 ? NONE : f(hits[0] / (double) hits[1]) + " (" + hits[1] + ")";
    }

    private static String rejected(Tally t) {
        return t.goldArticles() == 0 ? NONE
                : f(t.rejected().size() / (double) t.goldArticles())
                        + " (" + t.rejected().size() + "/" + t.goldArticles() + ")";
    }

    static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static final String MEASURES = String.format(Locale.ROOT, """
            Measures (scoring code: `io.newsflow.enrich.quality`, shared with the CI gate `RealPagesQualityTest`):

            - **body P/R/F1**: word %d-gram shingles (multisets; Unicode word tokens, one per CJK character) of the \
            extracted body against the gold body; micro-averaged over the pages (counts summed), and the macro mean of \
            per-page F1. newsflow's body is what the topology publishes: empty when it rejects the page.
            - **snippets** (trafilatura's set): as trafilatura's `tests/evaluate.py`: a `with` snippet found in the \
            whitespace-normalised output is a TP, missing a FN; a `without` snippet found is a FP, absent a TN.
            - **title**: the same after normalising case, Unicode width, whitespace, quotes and dashes, or a \
            normalised Levenshtein ratio ≥ %.1f. **authors**: every gold author matched by a distinct predicted one \
            with ratio ≥ %.1f, and no extra (pages without gold author excluded; Readability4J's byline is split like \
            a gold string). **date**: newsflow's publishedAt on the gold calendar day, taken at the gold's offset when \
            it has one, else on the local day the article's publishedLocal states (a day alone or a time at a non-UTC \
            offset), else at the offset the page writes beside that instant, else UTC (pages without gold date \
            excluded). Figures in brackets: pages with gold.
            - **rejected articles**: pages the gold calls articles (fundus: all; WCXB: page_type article; \
            trafilatura: all) that got no article: newsflow's topology rejects them (not an article, body too short, \
            no headline) or the body is empty; Readability4J: empty text.
            - **crashes**: exceptions escaping newsflow's extraction (scored as an empty extraction) or its enrichment \
            of a published article (listed; the extraction's scores stand), or escaping Readability4J; \
            the run goes on. **no URL**: pages naming no \
            absolute canonical/og:url (the bench passes the set's URL). **without URL**: of those, the pages whose \
            set gives no URL either (trafilatura's `hard::` items, a few WCXB pages): extracted without one and keyed \
            by their content, as `newsflow extract` does (`urlSource: none`); none is refused.
            """, ShingleScore.SHINGLE_WORDS, FuzzyMatch.TITLE_RATIO, FuzzyMatch.AUTHOR_RATIO);
}
