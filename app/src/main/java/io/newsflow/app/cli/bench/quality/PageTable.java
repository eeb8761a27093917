package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.quality.PageScores;
import io.newsflow.enrich.quality.ShingleScore;
import io.newsflow.enrich.quality.SnippetScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The per-page scores as tab-separated lines ({@code bench quality --pages FILE.tsv}): the aggregate figures say how
 * far off newsflow is, this table says on which pages, so failures can be studied one page at a time (TUNE pages only,
 * by the split rule).
 */
final class PageTable implements AutoCloseable {

    static final String HEADER = "set\tgroup\tsplit\tpage\textractor\tbody_p\tbody_r\tbody_f1\ttitle\tauthors\tdate"
            + "\trejection\tcrash\turl\tsnippet_tp\tsnippet_fn\tsnippet_fp\tsnippet_r";

    private final Writer out;

    private PageTable(Writer out) {
        this.out = out;
    }

    static PageTable open(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            PageTable table = new PageTable(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            table.line(HEADER);
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void add(PageScore score) {
        GoldPage page = score.page();
        PageScores scores = score.scores();
        ShingleScore body = scores.body();
        line(String.join("\t", page.set().folder(), page.group(), page.split().name(), page.page(),
                score.extractor().name(), ratio(body, 'p'), ratio(body, 'r'), ratio(body, 'f'), flag(scores.title()),
                flag(scores.authors()), flag(scores.date()), text(score.rejection()), text(score.crash()),
                text(page.url()), snippets(scores.snippets())));
    }

    /** True positives, false negatives, false positives and recall of the snippets; empty without snippet gold. */
    private static String snippets(@Nullable SnippetScore snippets) {
        if (snippets == null) {
            return "\t\t\t";
        }
        return snippets.truePositives() + "\t" + snippets.falseNegatives() + "\t" + snippets.falsePositives() + "\t"
                + String.format(Locale.ROOT, "%.3f", snippets.recall());
    }

    private static String ratio(@Nullable ShingleScore body, char which) {
        if (body == null) {
            return "";
        }
        double value = switch (which) {
            case 'p' -> body.precision();
            case 'r' -> body.recall();
            default -> body.f1();
        };
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String flag(@Nullable Boolean match) {
        return match == null ? "" : match ? "1" : "0";
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
    }

    private void line(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page table: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page table: " + e.getMessage(), e);
        }
    }
}
