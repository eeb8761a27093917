package io.newsflow.enrich.metadata.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the statistical name model {@link NameModel} loads, from labelled text: the text is split into sentences and
 * words by the same {@link TextAnalyzer} the recognizer uses, so the model sees the words it will see at run time.
 * Used by {@code newsflow bench entities --train}; nothing trains at run time.
 */
public final class NameModelTrainer {

    /** A labelled text: its mentions as character spans, typed. */
    public record LabelledText(String text, List<EntitySpan> spans) {
    }

    private NameModelTrainer() {
    }

    /**
     * A name model for {@code language} trained on {@code texts}.
     *
     * @param algorithm OpenNLP trainer: {@code PERCEPTRON} (shipped models) or {@code MAXENT}
     * @param iterations training iterations
     * @param cutoff least number of times a feature must occur to be kept
     */
    public static TokenNameFinderModel train(String language, List<LabelledText> texts, String algorithm,
            int iterations, int cutoff) {
        EntityRecognizer.Pipeline pipeline = EntityRecognizer.pipeline(language, false);
        List<NameSample> samples = new ArrayList<>();
        for (LabelledText text : texts) {
            List<Word> words = pipeline.analyzer().words(text.text());
            List<Mention> mentions = pipeline.finder().find(text.text(), words, false);
            samples.addAll(samples(words, text.spans(), mentions, NameFeatures.spans(text.text(), mentions),
                    language.equals(GermanLexicon.LANGUAGE)));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        try {
            return NameFinderME.train(language, null, stream(samples), parameters, new TokenNameFinderFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("training the " + language + " name model failed", e);
        }
    }

    /** One sample a sentence; the first sentence of each text clears the adaptive (previous-mention) features. */
    static List<NameSample> samples(List<Word> words, List<EntitySpan> spans, List<Mention> mentions,
            List<int[]> mentionSpans, boolean german) {
        List<NameSample> samples = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).sentenceStart()) {
                samples.add(sample(words.subList(from, i), spans, NameFeatures.of(words, from, i, mentions,
                        mentionSpans, german), samples.isEmpty()));
                from = i;
            }
        }
        return samples;
    }

    private static NameSample sample(List<Word> sentence, List<EntitySpan> spans, String[][] features,
            boolean first) {
        String[] tokens = sentence.stream().map(Word::text).toArray(String[]::new);
        List<Span> names = new ArrayList<>();
        for (EntitySpan span : spans) {
            int begin = -1;
            int end = -1;
            for (int w = 0; w < sentence.size(); w++) {
                Word word = sentence.get(w);
                if (word.start() >= span.start() && word.end() <= span.end()) {
                    begin = begin < 0 ? w : begin;
                    end = w + 1;
                }
            }
            if (begin >= 0 && !overlaps(names, begin, end)) {
                names.add(new Span(begin, end, NameModel.label(span.type())));
            }
        }
        return new NameSample(tokens, names.toArray(Span[]::new), features, first);
    }

    private static boolean overlaps(List<Span> names, int begin, int end) {
        return names.stream().anyMatch(n -> n.getStart() < end && begin < n.getEnd());
    }

    private static ObjectStream<NameSample> stream(List<NameSample> samples) {
        return new ObjectStream<>() {
            private Iterator<NameSample> next = samples.iterator();

            @Override
            public NameSample read() {
                return next.hasNext() ? next.next() : null;
            }

            @Override
            public void reset() {
                next = samples.iterator();
            }
        };
    }
}
