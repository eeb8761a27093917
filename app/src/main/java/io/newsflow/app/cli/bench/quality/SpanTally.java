package io.newsflow.app.cli.bench.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed span counts for micro precision, recall and F1, per type and over all types: exact (same start, end and
 * type) and lenient (a predicted span overlapping a not yet matched labelled span of the same type). Not
 * thread-safe.
 */
final class SpanTally {

    /** Counts of one type (or of all). */
    static final class Counts {
        int gold;
        int predicted;
        int exact;
        int lenient;

        double precision(boolean lenientMatch) {
            return predicted == 0 ? 0 : (double) (lenientMatch ? lenient : exact) / predicted;
        }

        double recall(boolean lenientMatch) {
            return gold == 0 ? 0 : (double) (lenientMatch ? lenient : exact) / gold;
        }

        double f1(boolean lenientMatch) {
            double p = precision(lenientMatch);
            double r = recall(lenientMatch);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Counts> byType = new LinkedHashMap<>();
    private final Counts all = new Counts();

    SpanTally() {
        GoldSpan.TYPES.forEach(type -> byType.put(type, new Counts()));
    }

    void add(List<GoldSpan> gold, List<GoldSpan> predicted) {
        gold.forEach(span -> count(span.type(), c -> c.gold++));
        predicted.forEach(span -> count(span.type(), c -> c.predicted++));
        for (GoldSpan span : predicted) {
            if (gold.contains(span)) {
                count(span.type(), c -> c.exact++);
            }
        }
        List<GoldSpan> open = new ArrayList<>(gold);
        for (GoldSpan span : predicted) {
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).type().equals(span.type()) && open.get(i).overlaps(span)) {
                    open.remove(i);
                    count(span.type(), c -> c.lenient++);
                    break;
                }
            }
        }
    }

    /** Adds the counts of {@code other} to these: a sum over parts scored apart (the folds of a cross-validation). */
    void addAll(SpanTally other) {
        other.byType.forEach((type, counts) -> {
            Counts sum = byType.get(type);
            sum.gold += counts.gold;
            sum.predicted += counts.predicted;
            sum.exact += counts.exact;
            sum.lenient += counts.lenient;
        });
        all.gold += other.all.gold;
        all.predicted += other.all.predicted;
        all.exact += other.all.exact;
        all.lenient += other.all.lenient;
    }

    private void count(String type, java.util.function.Consumer<Counts> update) {
        update.accept(byType.get(type));
        update.accept(all);
    }

    Counts all() {
        return all;
    }

    /** Markdown rows: one per type and "all", exact P/R/F1, then lenient F1 and the counts. */
    List<String> rows(String label) {
        List<String> rows = new ArrayList<>();
        byType.forEach((type, counts) -> rows.add(row(label, type, counts)));
        rows.add(row(label, "all", all));
        return rows;
    }

    private static String row(String label, String type, Counts c) {
        return String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %d | %d |",
                label, type, c.precision(false), c.recall(false), c.f1(false), c.precision(true), c.recall(true),
                c.f1(true), c.gold, c.predicted, c.exact);
    }
}
