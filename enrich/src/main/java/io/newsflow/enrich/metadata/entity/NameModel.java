package io.newsflow.enrich.metadata.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical half of entity recognition: an OpenNLP maximum-entropy name finder ({@code ner-LANG.bin.gz} in this
 * package, trained by {@link NameModelTrainer} on freely licensed labelled text; see NOTICE) that marks person,
 * organisation and place names in the recognizer's own words, with what the rules found as features
 * ({@link NameFeatures}). Thread-safe; its adaptive features are cleared before each text, so the same text always
 * gives the same names.
 */
final class NameModel {

    /** A name the model found: words {@code [first, end)} of the text, and its type. */
    record Name(int first, int end, EntityType type) {
    }

    /**
     * Candidate label sequences the name finder keeps per sentence (OpenNLP's default is 3): greedy decoding costs
     * far less and scored no lower on the entity evaluation (docs/language-and-entities.md, "Cost"; issue #13).
     */
    static final int BEAM_SIZE = 1;

    /** NameFinderME keeps per-text state, so each thread has its own; they share the model. */
    private final ThreadLocal<NameFinderME> finder;

    /** Whether the text is German, whose capitalised words the German dictionary classifies. */
    private final boolean german;

    private NameModel(TokenNameFinderModel model, boolean german) {
        this.finder = ThreadLocal.withInitial(() -> new CachingNameFinder(model));
        this.german = german;
    }

    /** The model of {@code language}, when one ships. */
    static Optional<NameModel> load(String language) {
        String resource = "ner-" + language + ".bin.gz";
        try (InputStream in = NameModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(of(new TokenNameFinderModel(new GZIPInputStream(in)), language));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the name model " + resource, e);
        }
    }

    /** A name model of {@code language} from a trained {@code model} (one not on the classpath, e.g. in training). */
    static NameModel of(TokenNameFinderModel model, String language) {
        return new NameModel(TextAnalyzer.withBeamSize(model, BEAM_SIZE), language.equals(GermanLexicon.LANGUAGE));
    }

    /**
     * The names in {@code words} of {@code text}, sentence by sentence, as word ranges of the whole list; the rules'
     * {@code mentions} of the same text are features.
     */
    List<Name> find(String text, List<Word> words, List<Mention> mentions) {
        List<Name> names = new ArrayList<>();
        NameFinderME finder = this.finder.get();
        finder.clearAdaptiveData();
        List<int[]> spans = NameFeatures.spans(text, mentions);
        int from = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).sentenceStart()) {
                String[] tokens = words.subList(from, i).stream().map(Word::text).toArray(String[]::new);
                for (Span span : finder.find(tokens, NameFeatures.of(words, from, i, mentions, spans, german))) {
                    names.add(new Name(from + span.getStart(), from + span.getEnd(), type(span.getType())));
                }
                from = i;
            }
        }
        return names;
    }

    static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "per";
            case ORGANIZATION -> "org";
            case LOCATION -> "loc";
        };
    }

    private static EntityType type(String label) {
        return switch (label) {
            case "per" -> EntityType.PERSON;
            case "org" -> EntityType.ORGANIZATION;
            case "loc" -> EntityType.LOCATION;
            default -> throw new IllegalStateException("the name model knows no type " + label);
        };
    }
}
