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
 * is one document, its tokens joined as running text. The item id of a sentence is the file's part and its 1-based
 * number ({@code test:17}); the split: dev is TUNE (and training data) as a whole, test is split by sentence with the
 * sha1 rule, its TUNE sentences trained on and its MEASURE sentences only measured.
 */
final class GermEvalReader {

    private GermEvalReader() {
    }

    /** The part of a GermEval file name ({@code NER-de-test.tsv}: {@code test}), the prefix of its item ids. */
    static String part(Path file) {
        return file.getFileName().toString().replaceFirst("^NER-de-", "").replaceFirst("\\.tsv$", "");
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
        documents.add(new EntityDocument(part(file) + ":" + (documents.size() + 1), "de", text.text(),
                sentence.spans(offsets)));
    }
}
