package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.metadata.entity.EntitySpan;
import io.newsflow.enrich.metadata.entity.EntityType;
import io.newsflow.enrich.metadata.entity.NameModelTrainer;
import io.newsflow.enrich.metadata.entity.NameModelTrainer.LabelledText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Trains the shipped name models from licence-compatible labelled text only: German from GermEval 2014 dev
 * (CC-BY-4.0; the TUNE file, so German is reported on GermEval test and UNER de MEASURE only), English from GUM's
 * CC-BY documents (academic, court and Wikinews interview, from {@code gumTrain}) plus the GUM news TUNE documents.
 * UNER is never trained on. Writes {@code ner-de.bin.gz} and {@code ner-en.bin.gz} to {@code out}.
 */
final class EntityModelTraining {

    /** GUM genres whose texts are CC-BY (GUM's LICENSE.txt); the others are NC, SA or not redistributable. */
    static final List<String> GUM_GENRES = List.of("academic", "court", "interview");

    private EntityModelTraining() {
    }

    static void train(Path cache, Path gumTrain, Path out, String algorithm, int iterations, int cutoff,
            PrintStream log) {
        try {
            Files.createDirectories(out);
            List<LabelledText> german = labelled(GermEvalReader.read(cache.resolve("germeval/NER-de-dev.tsv")));
            write(NameModelTrainer.train("de", german, algorithm, iterations, cutoff), out.resolve("ner-de.bin.gz"));
            log.println("de: " + german.size() + " texts");
            List<EntityDocument> english = new ArrayList<>(EntityQuality.load(cache, false).get("GUM news"));
            try (Stream<Path> files = Files.list(gumTrain)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (GUM_GENRES.stream().anyMatch(genre -> name.startsWith("GUM_" + genre + "_"))) {
                        english.add(GumReader.read(file));
                    }
                }
            }
            write(NameModelTrainer.train("en", labelled(english), algorithm, iterations,
                    cutoff), out.resolve("ner-en.bin.gz"));
            log.println("en: " + english.size() + " documents");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the name models into " + out, e);
        }
    }

    private static List<LabelledText> labelled(List<EntityDocument> documents) {
        List<LabelledText> texts = new ArrayList<>();
        for (EntityDocument document : documents) {
            List<EntitySpan> spans = document.gold().stream()
                    .map(g -> new EntitySpan(g.start(), g.end(), switch (g.type()) {
                        case "PER" -> EntityType.PERSON;
                        case "ORG" -> EntityType.ORGANIZATION;
                        default -> EntityType.LOCATION;
                    }))
                    .toList();
            texts.add(new LabelledText(document.text(), spans));
        }
        return texts;
    }

    private static void write(TokenNameFinderModel model, Path file) throws IOException {
        try (OutputStream stream = new GZIPOutputStream(Files.newOutputStream(file))) {
            model.serialize(stream);
        }
    }
}
