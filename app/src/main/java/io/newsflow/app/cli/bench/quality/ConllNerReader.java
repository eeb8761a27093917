package io.newsflow.app.cli.bench.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two-column CoNLL name files used only as training data (never scored): one token and its IOB2 tag a line
 * (tab or space between; a token without a tag is outside every name), a blank line between sentences,
 * {@code # key: value} lines skipped. The corpus's own type names are mapped to PER/ORG/LOC; any other type (WNUT's
 * product, creative-work, a misspelt tag) is not a name here. Files without blank lines (Europeana Newspapers) are cut
 * into sentences after a full stop, question or exclamation mark, or after {@link #MAX_SENTENCE_TOKENS} tokens. Tweets
 * keep no handle or link inside a name: a token that starts with {@code @} or {@code http} is outside every name, and a
 * hashtag's {@code #} is dropped ("#Pistorius" reads "Pistorius"), so the model never learns that news text lacks them.
 *
 * @param language ISO 639-1 code of the text
 * @param types the corpus's type name (any case) → PER, ORG or LOC
 */
record ConllNerReader(String language, Map<String, String> types) {

    /** Broad Twitter Corpus (CC-BY-4.0): PER, ORG, LOC already. */
    static final ConllNerReader BTC = new ConllNerReader("en", Map.of("per", "PER", "org", "ORG", "loc", "LOC"));

    /**
     * WNUT 2017 (CC-BY-4.0): person, location, corporation and group (bands, teams, parties: organisations in the
     * CoNLL and GermEval sense); product and creative-work are no names of ours.
     */
    static final ConllNerReader WNUT17 = new ConllNerReader("en",
            Map.of("person", "PER", "location", "LOC", "corporation", "ORG", "group", "ORG"));

    /** Europeana Newspapers (CC0): PER, ORG, LOC, some spelt "B-PEr" or "B_LOC". */
    static final ConllNerReader EUROPEANA = new ConllNerReader("de",
            Map.of("per", "PER", "org", "ORG", "loc", "LOC"));

    /** A sentence of an unbroken token stream ends here at the latest. */
    static final int MAX_SENTENCE_TOKENS = 80;

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "?", "!");

    /** Between the columns of a line without tabs; compiled once, it runs for every token of a corpus. */
    private static final Pattern SPACES = Pattern.compile(" +");

    /** One document a sentence, its id the file name and the 1-based sentence number ({@code a.conll:17}). */
    List<EntityDocument> read(Path file) throws IOException {
        List<EntityDocument> documents = new ArrayList<>();
        IobSentence sentence = new IobSentence();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("# ") && line.contains(":")) {
                    continue; // Europeana's "# file:" and "# sbb url:" lines; a "#" token has no colon
                }
                if (line.isBlank()) {
                    sentence = add(file, documents, sentence);
                    continue;
                }
                String[] columns = line.contains("\t") ? line.split("\t") : SPACES.split(line.strip());
                if (columns.length >= 2 && columns[0].isBlank()) {
                    continue; // a space-like character (BTC has a few) is no token of the text
                }
                // a token without a tag (ten lines of Europeana's SBB file) was left unmarked by the annotators: O
                String tag = columns.length < 2 ? "O" : columns[columns.length - 1];
                sentence.add(token(columns[0]), tag(columns[0], tag));
                if (SENTENCE_ENDS.contains(columns[0]) || sentence.tokens().size() >= MAX_SENTENCE_TOKENS) {
                    sentence = add(file, documents, sentence);
                }
            }
        }
        add(file, documents, sentence);
        return documents;
    }

    private static String token(String token) {
        return token.length() > 1 && token.startsWith("#") ? token.substring(1) : token;
    }

    /** The tag with the type mapped: {@code B-person} → {@code B-PER}; O for an unmapped type or a handle/link. */
    String tag(String token, String tag) {
        String normal = tag.replace('_', '-').replace('.', '-');
        if (normal.length() < 3 || normal.charAt(1) != '-' || token.startsWith("@") || token.startsWith("http")) {
            return "O";
        }
        char position = Character.toUpperCase(normal.charAt(0));
        String type = types.get(normal.substring(2).toLowerCase(Locale.ROOT));
        return (position == 'B' || position == 'I') && type != null ? position + "-" + type : "O";
    }

    private IobSentence add(Path file, List<EntityDocument> documents, IobSentence sentence) {
        if (sentence.isEmpty()) {
            return sentence;
        }
        TokenText text = new TokenText();
        int[] offsets = sentence.joined(text);
        documents.add(new EntityDocument(file.getFileName() + ":" + (documents.size() + 1), language, text.text(),
                sentence.spans(offsets)));
        return new IobSentence();
    }
}
