package io.newsflow.app.cli.bench.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GUM documents in WebAnno TSV 3.2 (annotations CC-BY-4.0): one token a line, the entity column listing the
 * mentions the token belongs to ({@code person[4]|place[5]}; a one-token mention has no id). GUM marks every
 * mention, pronouns and common nouns too; {@link GumNames} keeps the named ones of type person → PER,
 * organization → ORG, place → LOC. The document is one text, its sentences on separate lines, its tokens spaced as
 * the original when the CoNLL-U twin lies beside the file (else space-separated, as a page would print them); the
 * item id of the split is the document name ({@code GUM_news_afghan}).
 */
final class GumReader {

    private GumReader() {
    }

    /**
     * A token of the document; its Penn tag (null when unknown) and whether a space follows it in the original text
     * come from the document's CoNLL-U twin ({@link GumWords}).
     */
    record Token(String text, boolean sentenceStart, String tag, boolean spaceAfter) {

        Token(String text, boolean sentenceStart) {
            this(text, sentenceStart, null, true);
        }

        /** A word part joined to the next token without a space ("Al" in "Al-Maeena"). */
        boolean attached() {
            return !spaceAfter;
        }
    }

    /** A mention: its GUM type, first and last token (inclusive), and whether GUM links it to Wikipedia. */
    record Mention(String type, int first, int last, boolean identified) {
    }

    static EntityDocument read(Path file) throws IOException {
        List<Token> tokens = new ArrayList<>();
        Map<String, int[]> spans = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Boolean> identified = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            int index = tokens.size();
            tokens.add(new Token(columns[2], columns[0].endsWith("-1")));
            if (columns.length < 7 || columns[3].equals("_")) {
                continue;
            }
            String[] entities = columns[3].split("\\|");
            String identity = columns[6];
            for (String entity : entities) {
                int bracket = entity.indexOf('[');
                String key = bracket < 0 ? "t" + index + ":" + entity : entity.substring(bracket);
                types.putIfAbsent(key, bracket < 0 ? entity : entity.substring(0, bracket));
                spans.computeIfAbsent(key, k -> new int[] {index, index})[1] = index;
                boolean linked = bracket < 0 ? !identity.equals("_") && entities.length == 1
                        : identity.contains(entity.substring(bracket));
                identified.merge(key, linked, Boolean::logicalOr);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        spans.forEach((key, span) -> mentions.add(new Mention(types.get(key), span[0], span[1], identified.get(key))));
        List<GumWords.Word> words = GumWords.beside(file);
        boolean spaced = words != null && words.size() == tokens.size();
        if (spaced) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                tokens.set(i, new Token(t.text(), t.sentenceStart(), words.get(i).tag(), words.get(i).spaceAfter()));
            }
        }
        TokenText text = new TokenText();
        int[] offsets = new int[2 * tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).sentenceStart()) {
                text.newline();
            }
            offsets[2 * i] = spaced ? text.add(tokens.get(i).text(), i == 0 || tokens.get(i - 1).spaceAfter())
                    : text.add(tokens.get(i).text());
            offsets[2 * i + 1] = offsets[2 * i] + tokens.get(i).text().length();
        }
        String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
        return new EntityDocument(name, "en", text.text(), GumNames.spans(tokens, mentions, offsets));
    }
}
