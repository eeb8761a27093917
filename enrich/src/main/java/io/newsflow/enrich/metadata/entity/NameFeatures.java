package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules know about each word, as extra features of the name model: the word's part of speech and its
 * neighbours', the rule mention it lies in (type or none, evidence, first or inner word), and whether it is or starts
 * a known first name, surname, place or organisation ({@link NameLists}); for a capitalised German word also what the
 * German dictionary knows it as and which kinds of name ({@link GermanLexicon}). The model learns from
 * labelled text how far to trust each rule signal in context; the rules alone trusted shape too much.
 */
final class NameFeatures {

    private NameFeatures() {
    }

    /**
     * Features of words {@code [from, to)} of {@code words}, one array a word.
     *
     * @param spans the character span of each rule mention, parallel to {@code mentions}
     */
    static String[][] of(List<Word> words, int from, int to, List<Mention> mentions, List<int[]> spans,
            boolean german) {
        String[][] features = new String[to - from][];
        List<List<String>> listed = NameLists.shipped().features(words, from, to);
        for (int w = from; w < to; w++) {
            Word word = words.get(w);
            int m = containing(spans, word.start());
            List<String> f = new ArrayList<>(8);
            f.addAll(listed.get(w - from));
            if (word.capitalized() && word.text().length() > 4) {
                // German nouns and names differ in their endings ("-ung", "-keit" against "-ski", "-mann").
                f.add("s3=" + word.text().substring(word.text().length() - 3).toLowerCase(java.util.Locale.ROOT));
            }
            if (german && word.capitalized()) {
                f.addAll(GermanLexicon.shipped().features(word.text(), word.sentenceStart()));
            }
            f.add("p=" + word.pos());
            f.add("pp=" + (w > from ? words.get(w - 1).pos() : "BOS"));
            f.add("pn=" + (w + 1 < to ? words.get(w + 1).pos() : "EOS"));
            if (m >= 0) {
                Mention mention = mentions.get(m);
                String type = mention.type() == null ? "none" : mention.type().name();
                boolean first = spans.get(m)[0] == word.start();
                f.add("r=" + type + mention.evidence() + (first ? "b" : "i"));
                f.add("rt=" + type);
            }
            features[w - from] = f.toArray(String[]::new);
        }
        return features;
    }

    private static int containing(List<int[]> spans, int offset) {
        for (int m = 0; m < spans.size(); m++) {
            if (spans.get(m)[0] <= offset && offset < spans.get(m)[1]) {
                return m;
            }
        }
        return -1;
    }

    /** The character spans of {@code mentions} (title mentions carry no offset: found by their text). */
    static List<int[]> spans(String text, List<Mention> mentions) {
        List<int[]> spans = new ArrayList<>(mentions.size());
        int at = 0;
        for (Mention mention : mentions) {
            int start = mention.offset() >= 0 ? mention.offset() : text.indexOf(mention.surface(), at);
            start = start < 0 ? at : start;
            spans.add(new int[] {start, start + mention.surface().length()});
            at = start;
        }
        return spans;
    }
}
