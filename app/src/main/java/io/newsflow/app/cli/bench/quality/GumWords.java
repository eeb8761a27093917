package io.newsflow.app.cli.bench.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What GUM's WebAnno TSV leaves out of a document and its CoNLL-U twin ({@code dep/GUM_news_x.conllu}, the same
 * tokens in the same order) keeps: whether a space follows each token in the original text ({@code SpaceAfter=No}:
 * "Al-Maeena" is the three tokens "Al", "-", "Maeena") and its Penn tag (NNP/NNPS mark proper nouns).
 */
final class GumWords {

    /** One token: its Penn tag and whether the original text has a space after it. */
    record Word(String tag, boolean spaceAfter) {
    }

    private GumWords() {
    }

    /** The words of the CoNLL-U file beside {@code tsv} ({@code X.tsv} → {@code X.conllu}), or null when absent. */
    static List<Word> beside(Path tsv) throws IOException {
        Path conllu = tsv.resolveSibling(tsv.getFileName().toString().replaceFirst("\\.tsv$", "") + ".conllu");
        return Files.isRegularFile(conllu) ? read(Files.readAllLines(conllu, StandardCharsets.UTF_8)) : null;
    }

    static List<Word> read(List<String> lines) {
        List<Word> words = new ArrayList<>();
        int rangeEnd = -1;
        boolean rangeSpaceAfter = true;
        for (String line : lines) {
            if (line.isBlank()) {
                rangeEnd = -1; // word numbers start again in the next sentence
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            String id = columns[0];
            if (id.contains("-")) {
                // a multi-word token ("Trump's" = "Trump" + "'s"): its space belongs to its last word
                rangeEnd = Integer.parseInt(id.substring(id.indexOf('-') + 1));
                rangeSpaceAfter = !columns[9].contains("SpaceAfter=No");
                continue;
            }
            if (id.contains(".")) {
                continue; // an empty node has no token
            }
            boolean spaceAfter = Integer.parseInt(id) < rangeEnd ? false
                    : Integer.parseInt(id) == rangeEnd ? rangeSpaceAfter : !columns[9].contains("SpaceAfter=No");
            words.add(new Word(columns[4], spaceAfter));
        }
        return words;
    }
}
