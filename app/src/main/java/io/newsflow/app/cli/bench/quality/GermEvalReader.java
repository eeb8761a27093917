package io.newsflow.app.cli.bench.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GermEval 2014 NER files (CC-BY-4.0): one token a line ({@code index, token, outer tag, inner tag}), a {@code #}
 * line with the source before each sentence, sentences separated by a blank line. Only the outer level is scored,
 * and of it only PER, ORG and LOC: OTH and the derived/part tags (PERderiv, LOCpart, ...) are ignored. Each sentence
 * is one document, its tokens joined as running text. The split is by file: dev is TUNE, test is MEASURE.
 */
final class GermEvalReader {

    private GermEvalReader() {
    }

    static List<EntityDocument> read(Path file) throws IOException {
        List<EntityDocument> documents = new ArrayList<>();
        IobSentence sentence = new IobSentence();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    add(file, documents, sentence);
                    sentence = new IobSentence();
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length < 3) {
                    throw new IOException(file + ": not a GermEval token line: " + line);
                }
                sentence.add(columns[1], columns[2]);
            }
        }
        add(file, documents, sentence);
        return documents;
    }

    private static void add(Path file, List<EntityDocument> documents, IobSentence sentence) {
        if (sentence.isEmpty()) {
            return;
        }
        TokenText text = new TokenText();
        int[] offsets = sentence.joined(text);
        documents.add(new EntityDocument(file.getFileName() + "#" + documents.size(), "de", text.text(),
                sentence.spans(offsets)));
    }
}
