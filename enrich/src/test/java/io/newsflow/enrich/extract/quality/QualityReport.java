package io.newsflow.enrich.extract.quality;

import static io.newsflow.enrich.extract.quality.ExtractionQualityTest.figure;

import io.newsflow.enrich.extract.quality.ExtractionQualityTest.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;

/** The per-page rows and the corpus totals of a quality run, as Markdown, and the check against the floors. */
final class QualityReport {

    /** Floor key of the margin newsflow's micro body F1 must keep over Readability4J's. */
    static final String MARGIN_KEY = "margin.body.f1.micro.over.readability4j";

    private final List<Row> rows;

    QualityReport(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    Totals totals(Predicate<Row> subset, Function<Row, PageResult> extractor) {
        List<PageResult> all = rows.stream().filter(subset).map(extractor).toList();
        List<PageResult> articles = rows.stream().filter(subset).filter(Row::isArticle).map(extractor).toList();
        return Totals.of(all, articles);
    }

    /** The figures the floors file pins, by key, over the whole corpus. */
    Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>(figures("", row -> !row.unseen()));
        if (rows.stream().anyMatch(Row::unseen)) {
            figures.putAll(figures("unseen.", Row::unseen));
        }
        return figures;
    }

    private Map<String, Double> figures(String prefix, Predicate<Row> subset) {
        Totals t = totals(subset, Row::newsflow);
        Totals r = totals(subset, Row::readability4j);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put(prefix + "body.precision.micro", t.microPrecision());
        figures.put(prefix + "body.recall.micro", t.microRecall());
        figures.put(prefix + "body.f1.micro", t.microF1());
        figures.put(prefix + "body.f1.macro", t.macroF1());
        figures.put(prefix + "title.accuracy", t.title());
        figures.put(prefix + "authors.accuracy", t.authors());
        figures.put(prefix + "date.accuracy", t.date());
        figures.put(prefix + "kind.accuracy", t.kind());
        figures.put(prefix + MARGIN_KEY, t.microF1() - r.microF1());
        return figures;
    }

    /** One message per figure below its floor, and per floor that names no figure. */
    List<String> belowFloors(Properties floors) {
        Map<String, Double> figures = figures();
        List<String> problems = new ArrayList<>();
        for (String key : floors.stringPropertyNames()) {
            Double value = figures.get(key);
            double floor = Double.parseDouble(floors.getProperty(key).strip());
            if (value == null) {
                problems.add("floor " + key + " names no figure; known: " + figures.keySet());
            } else if (value < floor) {
                problems.add(key + " = " + figure(value) + " < floor " + figure(floor));
            }
        }
        return problems;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Extraction quality\n\n");
        md.append("Body: bag-of-tokens precision/recall/F1 over article pages (micro = pooled tokens, macro = mean of")
                .append(" pages). Title, authors, date: share of article pages exactly right. Kind: share of all pages.")
                .append(" R4J = Readability4J 1.0.8 (body and title only).\n\n");
        md.append("| set | extractor | pages | articles | P micro | R micro | F1 micro | P macro | R macro | F1 macro")
                .append(" | title | authors | date | kind |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Predicate<Row>> sets = new LinkedHashMap<>();
        sets.put("all", row -> !row.unseen());
        sets.put("dev", Row::development);
        sets.put("held-out", row -> row.split().equals("held-out"));
        sets.put("unseen", Row::unseen);
        sets.forEach((name, subset) -> {
            if (rows.stream().noneMatch(subset)) {
                return;
            }
            totalsRow(md, name, "newsflow", totals(subset, Row::newsflow), true);
            totalsRow(md, name, "R4J", totals(subset, Row::readability4j), false);
        });
        md.append("\n## Pages\n\n| page | split | kind | F1 | P | R | title | authors | date | kind ok | R4J F1 | R4J title |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            PageResult n = row.newsflow();
            PageResult r = row.readability4j();
            md.append("| ").append(row.page().name()).append(" | ").append(row.split()).append(" | ")
                    .append(row.page().kind()).append(" | ").append(figure(n.body().f1())).append(" | ")
                    .append(figure(n.body().precision())).append(" | ").append(figure(n.body().recall())).append(" | ")
                    .append(mark(n.title())).append(" | ").append(mark(n.authors())).append(" | ")
                    .append(mark(n.date())).append(" | ").append(mark(n.kind())).append(" | ")
                    .append(figure(r.body().f1())).append(" | ").append(mark(r.title())).append(" |\n");
        }
        return md.toString();
    }

    private static void totalsRow(StringBuilder md, String set, String extractor, Totals t, boolean metadata) {
        md.append("| ").append(set).append(" | ").append(extractor).append(" | ").append(t.pages()).append(" | ")
                .append(t.articles()).append(" | ").append(figure(t.microPrecision())).append(" | ")
                .append(figure(t.microRecall())).append(" | ").append(figure(t.microF1())).append(" | ")
                .append(figure(t.macroPrecision())).append(" | ").append(figure(t.macroRecall())).append(" | ")
                .append(figure(t.macroF1())).append(" | ").append(figure(t.title())).append(" | ")
                .append(metadata ? figure(t.authors()) : "–").append(" | ")
                .append(metadata ? figure(t.date()) : "–").append(" | ")
                .append(metadata ? figure(t.kind()) : "–").append(" |\n");
    }

    private static String mark(boolean ok) {
        return ok ? "ok" : "**no**";
    }
}
