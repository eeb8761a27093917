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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Trains the shipped name models from licence-compatible labelled text only, never from a MEASURE part: German from
 * GermEval 2014 dev and the TUNE sentences of GermEval test (CC-BY-4.0; German is reported on the MEASURE sentences of
 * test and UNER de MEASURE), English from UNER English-EWT (CC-BY-SA-4.0, web text; every {@code en_ewt-ud-*.iob2}
 * under the cache's {@code uner/}), GUM's CC-BY and CC-BY-SA genres (from {@code gumTrain}) and the GUM news TUNE
 * documents. UNER German-PUD and English-PUD are never trained on. Corpora that were tried and not kept (SmartData,
 * Europeana Newspapers, Broad Twitter Corpus, WNUT 2017: each lowered the unseen TUNE figures, see
 * docs/language-and-entities.md) are read only when the cache holds their directory, which scripts/eval-cache.sh
 * does not make, so the shipped models come out the same. Writes {@code ner-de.bin.gz} and {@code ner-en.bin.gz}
 * to {@code out}.
 */
final class EntityModelTraining {

    /**
     * GUM genres whose texts are CC-BY (academic, court, Wikinews interviews) or CC-BY-SA (Wikipedia biographies,
     * Wikivoyage), per GUM's LICENSE.txt; the others are NC, not redistributable or not named there.
     */
    static final List<String> GUM_GENRES = List.of("academic", "court", "interview", "bio", "voyage");

    private EntityModelTraining() {
    }

    static void train(Path cache, Path gumTrain, Path out, String algorithm, int iterations, int cutoff,
            PrintStream log) {
        try {
            Files.createDirectories(out);
            List<EntityDocument> german = german(cache);
            write(NameModelTrainer.train("de", labelled(german), algorithm, iterations, cutoff),
                    out.resolve("ner-de.bin.gz"));
            log.println("de: " + german.size() + " sentences");
            List<EntityDocument> english = english(cache, gumTrain);
            write(NameModelTrainer.train("en", labelled(english), algorithm, iterations, cutoff),
                    out.resolve("ner-en.bin.gz"));
            log.println("en: " + english.size() + " documents and sentences");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the name models into " + out, e);
        }
    }

    /**
     * GermEval dev, the TUNE sentences of GermEval test and, where the cache has them, the SmartData documents
     * ({@code smartdata/*.json.gz}, each document once) and Europeana Newspapers ({@code europeana/*.bio}).
     */
    static List<EntityDocument> german(Path cache) throws IOException {
        List<EntityDocument> german = new ArrayList<>(GermEvalReader.read(cache.resolve("germeval/NER-de-dev.tsv")));
        german.addAll(EntityQuality.split(GermEvalReader.read(cache.resolve("germeval/NER-de-test.tsv")), false));
        Set<String> seen = new HashSet<>();
        for (Path file : sorted(cache.resolve("smartdata"), ".json.gz")) {
            for (EntityDocument document : SmartDataReader.read(file)) {
                if (seen.add(document.id()) && seen.add(document.text())) {
                    german.addAll(SmartDataReader.paragraphs(document));
                }
            }
        }
        for (Path file : sorted(cache.resolve("europeana"), ".bio")) {
            german.addAll(ConllNerReader.EUROPEANA.read(file));
        }
        return german;
    }

    /**
     * The GUM news TUNE documents, GUM's freely licensed genres, the UNER English-EWT sentences and, where the cache
     * has them, the Broad Twitter Corpus ({@code btc/*.conll}) and WNUT 2017 ({@code wnut17/*.conll}).
     */
    private static List<EntityDocument> english(Path cache, Path gumTrain) throws IOException {
        List<EntityDocument> english = new ArrayList<>(EntityQuality.load(cache, false).get("GUM news"));
        for (Path file : sorted(gumTrain, ".tsv")) { // the .conllu twins beside them are read by GumReader
            String name = file.getFileName().toString();
            if (GUM_GENRES.stream().anyMatch(genre -> name.startsWith("GUM_" + genre + "_"))) {
                english.add(GumReader.read(file));
            }
        }
        for (Path file : sorted(cache.resolve("uner"), ".iob2")) {
            if (file.getFileName().toString().startsWith("en_ewt-ud-")) {
                english.addAll(UnerReader.read(file, "en"));
            }
        }
        for (Path file : sorted(cache.resolve("btc"), ".conll")) {
            english.addAll(ConllNerReader.BTC.read(file));
        }
        for (Path file : sorted(cache.resolve("wnut17"), ".conll")) {
            english.addAll(ConllNerReader.WNUT17.read(file));
        }
        return english;
    }

    /** The files of {@code directory} whose names end with {@code suffix}, sorted; none when it does not exist. */
    private static List<Path> sorted(Path directory, String suffix) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static List<LabelledText> labelled(List<EntityDocument> documents) {
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
