package io.newsflow.app.cli.bench.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Universal NER files (CC-BY-SA-4.0): German-PUD and English-PUD are measure data, never trained on; English-EWT is
 * training data. {@code # sent_id} and {@code # text} comments, then one token a line ({@code index, token, IOB2 tag,
 * ...}). The recognizer reads the sentence's own text; tokens are found in it in order. The item id of the split is
 * the sentence id.
 */
final class UnerReader {

    private UnerReader() {
    }

    static List<EntityDocument> read(Path file, String language) throws IOException {
        List<EntityDocument> documents = new ArrayList<>();
        String id = null;
        String text = null;
        IobSentence sentence = new IobSentence();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("# sent_id = ")) {
                    id = line.substring("# sent_id = ".length()).strip();
                } else if (line.startsWith("# text = ")) {
                    text = line.substring("# text = ".length());
                } else if (line.isBlank()) {
                    add(file, language, documents, id, text, sentence);
                    sentence = new IobSentence();
                    id = null;
                    text = null;
                } else if (!line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    sentence.add(columns[1], columns[2]);
                }
            }
        }
        add(file, language, documents, id, text, sentence);
        return documents;
    }

    private static void add(Path file, String language, List<EntityDocument> documents, String id, String text,
            IobSentence sentence) throws IOException {
        if (sentence.isEmpty()) {
            return;
        }
        if (id == null || text == null) {
            throw new IOException(file + ": a sentence without # sent_id or # text before token " + sentence.tokens());
        }
        int[] offsets = new int[2 * sentence.tokens().size()];
        int at = 0;
        for (int i = 0; i < sentence.tokens().size(); i++) {
            String token = sentence.tokens().get(i);
            int found = text.indexOf(token, at);
            if (found < 0) {
                throw new IOException(file + ": token '" + token + "' of " + id + " is not in its text");
            }
            offsets[2 * i] = found;
            offsets[2 * i + 1] = found + token.length();
            at = found + token.length();
        }
        documents.add(new EntityDocument(id, language, text, sentence.spans(offsets)));
    }
}
