package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.metadata.entity.EntityRecognizer;
import io.newsflow.enrich.metadata.entity.NameModelTrainer;
import io.newsflow.enrich.quality.Split;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two-fold cross-validation of the German name model on the TUNE sentences of GermEval test: the shipped model is
 * trained on them (and on GermEval dev), so its TUNE figure there says nothing about unseen text, and the only unseen
 * German TUNE set (UNER de-PUD, about 700 names) moves by about 0.01 with any retraining. Each fold's model is trained
 * in memory, as the shipped one is but without that fold's sentences, and scored on them; the counts of both folds are
 * summed (about 3 000 names). The shipped model's UNER de TUNE figure is printed beside them. Only the TUNE split is
 * read.
 */
final class EntityCrossValidation {

    /** Number of folds; a sentence's fold is the first byte of sha1(item id) modulo this. */
    static final int FOLDS = 2;

    private EntityCrossValidation() {
    }

    /** The fold of an item: the first byte of sha1(item id), unsigned, modulo {@link #FOLDS}. */
    static int fold(String itemId) {
        return Integer.parseInt(Split.sha1Hex(itemId).substring(0, 2), 16) % FOLDS;
    }

    /** {@code documents} by fold, each in the given order. */
    static List<List<EntityDocument>> folds(List<EntityDocument> documents) {
        List<List<EntityDocument>> folds = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            folds.add(new ArrayList<>());
        }
        documents.forEach(d -> folds.get(fold(d.id())).add(d));
        return folds;
    }

    /**
     * Trains a German model per fold, scores it on the held-out fold and prints a markdown table: a row block per fold,
     * their sum, and the shipped model on UNER de TUNE; with {@code errors}, every held-out sentence whose spans
     * differ from the labels.
     */
    static void run(Path cache, String algorithm, int iterations, int cutoff, boolean errors, PrintStream out) {
        try {
            List<EntityDocument> dev = GermEvalReader.read(cache.resolve("germeval/NER-de-dev.tsv"));
            List<List<EntityDocument>> folds = folds(
                    EntityQuality.split(GermEvalReader.read(cache.resolve("germeval/NER-de-test.tsv")), false));
            List<String> rows = new ArrayList<>();
            SpanTally sum = new SpanTally();
            for (int k = 0; k < FOLDS; k++) {
                List<EntityDocument> training = new ArrayList<>(dev);
                for (int other = 0; other < FOLDS; other++) {
                    if (other != k) {
                        training.addAll(folds.get(other));
                    }
                }
                EntityRecognizer recognizer = new EntityRecognizer(Map.of("de", NameModelTrainer.train("de",
                        EntityModelTraining.labelled(training), algorithm, iterations, cutoff)));
                if (errors) {
                    out.println("Fold " + k + ", held-out sentences with wrong spans:");
                }
                SpanTally tally = EntityQuality.score(recognizer, folds.get(k), errors, out);
                sum.addAll(tally);
                rows.addAll(tally.rows("GermEval test TUNE fold " + k + " (" + folds.get(k).size() + ")"));
            }
            List<EntityDocument> uner = EntityQuality.split(
                    UnerReader.read(cache.resolve("uner/de_pud-ud-test.iob2"), "de"), false);
            SpanTally shipped = EntityQuality.score(new EntityRecognizer(), uner, false, out);
            out.println("German name model, " + FOLDS + "-fold cross-validation on GermEval test TUNE (" + algorithm
                    + ", " + iterations + " iterations, cutoff " + cutoff + "), typed spans:");
            out.println(EntityQuality.HEADER);
            out.println(EntityQuality.RULE);
            rows.forEach(out::println);
            sum.rows("**GermEval test TUNE, folds summed**").forEach(out::println);
            shipped.rows("UNER de-PUD TUNE, shipped model (" + uner.size() + ")").forEach(out::println);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the German entity sets under " + cache, e);
        }
    }
}
