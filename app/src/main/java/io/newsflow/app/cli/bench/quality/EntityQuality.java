package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.metadata.entity.EntityRecognizer;
import io.newsflow.enrich.metadata.entity.EntitySpan;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Entity recognition scored on third-party labelled text of the evaluation cache: GermEval 2014 (German; TUNE is dev
 * and the TUNE sentences of test, MEASURE the MEASURE sentences of test), GUM news
 * (English), UNER German-PUD and English-PUD. The recognizer runs as the pipeline runs it ({@code spans} with the
 * language given) on each document's text, and its mention spans are compared with the labelled ones: typed micro
 * precision/recall/F1 per corpus, per language and per type, exact span match and lenient overlap match.
 */
public final class EntityQuality {

    /** The header and rule of the markdown table {@link SpanTally#rows} fills. */
    static final String HEADER = "| set | type | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap"
            + " | gold | found | exact |";
    static final String RULE = "|---|---|---|---|---|---|---|---|---|---|---|";

    private EntityQuality() {
    }

    /**
     * Scores the recognizer and prints a markdown table.
     *
     * @param cache the evaluation cache ({@code germeval/}, {@code gum/}, {@code uner/} under it)
     * @param measureSplit the MEASURE part when true, else the TUNE part
     */
    public static void run(Path cache, boolean measureSplit, PrintStream out) {
        run(cache, measureSplit, false, out);
    }

    /** As {@link #run(Path, boolean, PrintStream)}; with {@code errors}, also every document with a wrong span. */
    static void run(Path cache, boolean measureSplit, boolean errors, PrintStream out) {
        Map<String, List<EntityDocument>> corpora = load(cache, measureSplit);
        EntityRecognizer recognizer = new EntityRecognizer();
        out.println("Entity recognition, " + (measureSplit ? "MEASURE" : "TUNE") + " split, typed spans:");
        out.println(HEADER);
        out.println(RULE);
        Map<String, SpanTally> languages = new LinkedHashMap<>();
        corpora.forEach((name, documents) -> {
            SpanTally tally = score(recognizer, documents, errors, out);
            tally.rows(name + " (" + documents.size() + ")").forEach(out::println);
            if (!documents.isEmpty()) { // each corpus is of one language
                languages.computeIfAbsent(documents.get(0).language(), l -> new SpanTally()).addAll(tally);
            }
        });
        languages.forEach((language, tally) -> tally.rows("**" + language + "**").forEach(out::println));
    }

    /**
     * Scores {@code recognizer} on {@code documents}; with {@code errors}, prints every document whose spans differ
     * from the labels.
     */
    static SpanTally score(EntityRecognizer recognizer, List<EntityDocument> documents, boolean errors,
            PrintStream out) {
        SpanTally tally = new SpanTally();
        for (EntityDocument document : documents) {
            List<GoldSpan> predicted = predict(recognizer, document);
            tally.add(document.gold(), predicted);
            if (errors) {
                printError(document, predicted, out);
            }
        }
        return tally;
    }

    /** The document, its labelled and its predicted spans, when they differ. */
    private static void printError(EntityDocument document, List<GoldSpan> predicted, PrintStream out) {
        if (!predicted.equals(document.gold())) {
            out.println("DOC " + document.text().replace('\n', ' '));
            out.println("  gold " + show(document, document.gold()));
            out.println("  got  " + show(document, predicted));
        }
    }

    private static String show(EntityDocument document, List<GoldSpan> spans) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.type()).append(':').append(document.text(), s.start(), s.end()).append(" | "));
        return b.toString();
    }

    static List<GoldSpan> predict(EntityRecognizer recognizer, EntityDocument document) {
        List<GoldSpan> spans = new ArrayList<>();
        for (EntitySpan span : recognizer.spans("", document.text(), document.language())) {
            spans.add(new GoldSpan(span.start(), span.end(), switch (span.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case LOCATION -> "LOC";
            }));
        }
        return spans;
    }

    /** The documents of each corpus in the chosen split, in a fixed order. */
    static Map<String, List<EntityDocument>> load(Path cache, boolean measureSplit) {
        try {
            Map<String, List<EntityDocument>> corpora = new LinkedHashMap<>();
            if (!measureSplit) {
                corpora.put("GermEval dev", GermEvalReader.read(cache.resolve("germeval/NER-de-dev.tsv")));
            }
            corpora.put(
                    "GermEval test",
                    split(GermEvalReader.read(cache.resolve("germeval/NER-de-test.tsv")), measureSplit));
            corpora.put(
                    "UNER de-PUD",
                    split(UnerReader.read(cache.resolve("uner/de_pud-ud-test.iob2"), "de"), measureSplit));
            List<EntityDocument> gum = new ArrayList<>();
            try (Stream<Path> files = Files.list(cache.resolve("gum"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("GUM_news_.*\\.tsv"))
                        .sorted()
                        .toList()) {
                    gum.add(GumReader.read(file));
                }
            }
            corpora.put("GUM news", split(gum, measureSplit));
            corpora.put(
                    "UNER en-PUD",
                    split(UnerReader.read(cache.resolve("uner/en_pud-ud-test.iob2"), "en"), measureSplit));
            return corpora;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity sets under " + cache, e);
        }
    }

    static List<EntityDocument> split(List<EntityDocument> documents, boolean measureSplit) {
        return documents.stream().filter(d -> EntityDocument.measure(d.id()) == measureSplit).toList();
    }
}
