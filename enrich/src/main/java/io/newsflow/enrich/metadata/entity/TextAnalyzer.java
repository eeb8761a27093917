package io.newsflow.enrich.metadata.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;
import opennlp.tools.util.model.BaseModel;

/**
 * Splits text of one language into sentences and words with UD part-of-speech tags, with the OpenNLP UD sentence
 * and part-of-speech models of {@code opennlp-models-{sentdetect,pos}-LANG}. Words come from {@link #TOKEN}, a rule
 * tokenizer that splits as the UD treebanks do for what matters here (punctuation off, abbreviations such as "U.S."
 * and words with inner hyphens or apostrophes kept whole); it costs a fortieth of OpenNLP's maximum-entropy
 * tokenizer, which was a third of the time per article. Thread-safe (OpenNLP's thread-local wrappers).
 */
final class TextAnalyzer {

    /** Model file names inside the model artifacts, by language: treebank and the model version they were built as. */
    private static final String MODEL_VERSION = "1.3-2.5.4";

    /**
     * Candidate tag sequences the tagger keeps per sentence. The models ship with OpenNLP's default of 3; greedy
     * tagging (1) costs less and scored the same on the UNER TUNE sets (docs/language-and-entities.md, "Cost").
     */
    static final int BEAM_SIZE = 1;

    /** Quotation marks the tokenizer leaves on a word: „Der, lockern“. */
    private static final String QUOTES = "\"'„“”‚‘’«»‹›";

    /**
     * A token: an abbreviation with inner dots, a word or number with inner hyphens, apostrophes, dots or "&", or one
     * other character.
     */
    static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*|\\S");

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafePOSTaggerME tagger;

    private TextAnalyzer(SentenceModel sentences, POSModel pos) {
        this.sentences = new ThreadSafeSentenceDetectorME(sentences);
        this.tagger = new ThreadSafePOSTaggerME(pos);
    }

    /** Loads the models of {@code language} ({@code de}: UD GSD, {@code en}: UD EWT) from the classpath. */
    static TextAnalyzer load(String language, String treebank) {
        String prefix = "/opennlp-" + language + "-ud-" + treebank + "-";
        try (InputStream s = open(prefix + "sentence-" + MODEL_VERSION + ".bin");
                InputStream p = open(prefix + "pos-" + MODEL_VERSION + ".bin")) {
            return new TextAnalyzer(new SentenceModel(s), withBeamSize(new POSModel(p), BEAM_SIZE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models " + prefix + "*", e);
        }
    }

    /**
     * {@code model}, decoded with a beam of {@code size}: OpenNLP reads the beam size from the model's manifest when a
     * tagger is built (there is no constructor parameter for it), so the loaded manifest is changed before that.
     */
    static <M extends BaseModel> M withBeamSize(M model, int size) {
        Properties manifest = model.getArtifact("manifest.properties");
        manifest.setProperty(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(size));
        return model;
    }

    private static InputStream open(String resource) {
        InputStream in = TextAnalyzer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    /**
     * The words of {@code text}, in order. Each line is split into sentences on its own: a line break ends a
     * paragraph, a heading or a caption, so no sentence (and no name) runs across one, which the sentence model,
     * trained on running text, does not know.
     */
    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (lineEnd > lineStart) {
                sentences(text, lineStart, lineEnd, words);
            }
            lineStart = lineEnd + 1;
        }
        return words;
    }

    private void sentences(String text, int lineStart, int lineEnd, List<Word> words) {
        String line = text.substring(lineStart, lineEnd);
        for (Span sentence : sentences.sentPosDetect(line)) {
            String sentenceText = sentence.getCoveredText(line).toString();
            Span[] spans = tokenize(sentenceText);
            String[] tokens = Span.spansToStrings(spans, sentenceText);
            String[] tags = tagger.tag(tokens);
            for (int i = 0; i < tags.length; i++) {
                // Contractions carry two tags ("Biden's": PROPN+PART, "im": ADP+DET); the first is the word's own.
                int plus = tags[i].indexOf('+');
                tags[i] = plus > 0 ? tags[i].substring(0, plus) : tags[i];
            }
            join(text, lineStart + sentence.getStart(), spans, tags, words);
        }
    }

    static Span[] tokenize(String sentence) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(sentence);
        while (matcher.find()) {
            spans.add(new Span(matcher.start(), matcher.end()));
        }
        return spans.toArray(Span[]::new);
    }

    /** Appends the tokens of one sentence as words, joining tokens that a hyphen connects without a space. */
    private static void join(String text, int base, Span[] spans, String[] tags, List<Word> words) {
        int first = words.size();
        for (int i = 0; i < spans.length; i++) {
            int start = base + spans[i].getStart();
            int end = base + spans[i].getEnd();
            if (words.size() > first) {
                Word previous = words.get(words.size() - 1);
                if (previous.end() == start && (text.charAt(start) == '-' || text.charAt(start - 1) == '-')) {
                    String pos = previous.properNoun() || tags[i].equals("PROPN") ? "PROPN" : tags[i];
                    words.set(words.size() - 1, new Word(text.substring(previous.start(), end), previous.start(),
                            end, pos, previous.sentenceStart()));
                    continue;
                }
            }
            while (start < end && QUOTES.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && QUOTES.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (start < end) {
                String tag = tags[i].equals("PUNCT") && Character.isLetter(text.charAt(start)) ? "X" : tags[i];
                words.add(new Word(text.substring(start, end), start, end, tag, words.size() == first));
            }
        }
    }
}
