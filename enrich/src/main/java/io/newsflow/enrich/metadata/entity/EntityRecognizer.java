package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the people, organisations and places of an article, aliases merged. Supports German and English; a new
 * language needs its OpenNLP UD models on the classpath, a {@code rules-LANG.txt} and an entry in {@link #PIPELINES}.
 *
 * <p>Loads all models once in the constructor (about 1 s); {@link #recognize} is thread-safe.
 */
public final class EntityRecognizer {

    /** Languages with entity recognition, and the UD treebank their OpenNLP models were trained on. */
    private static final Map<String, String> PIPELINES = Map.of("de", "gsd", "en", "ewt");

    record Pipeline(TextAnalyzer analyzer, MentionFinder finder, LanguageRules rules, Gazetteer gazetteer,
            Optional<NameModel> model) {

        List<Mention> mentions(String text, boolean title) {
            List<Word> words = analyzer.words(text);
            List<Mention> found = finder.find(text, words, title);
            if (model.isEmpty() || title && MentionFinder.titleCase(words)) {
                // A title-case headline capitalises every word: the model, trained on running text, would call
                // most of them names.
                return found;
            }
            List<Mention> combined = MentionCombiner.combine(text, words, title, found,
                    model.get().find(text, words, found), gazetteer, rules, finder.capitalsAreNames());
            if (!title) {
                combined.addAll(RepeatedSurnames.added(words, combined, rules, finder.capitalsAreNames()));
            }
            return combined;
        }
    }

    private final Map<String, Pipeline> pipelines;

    /** Loads the models, rules and gazetteers of every supported language. */
    public EntityRecognizer() {
        this(Map.of());
    }

    /**
     * As {@link #EntityRecognizer()}, but with the given name models instead of the shipped ones for their languages
     * (ISO 639-1 code to model): to score a model just trained, e.g. by cross-validation, without writing it into the
     * classpath.
     */
    public EntityRecognizer(Map<String, TokenNameFinderModel> nameModels) {
        nameModels.keySet().forEach(EntityRecognizer::treebank); // an unsupported language is a mistake, not ignored
        Map<String, Pipeline> loaded = new HashMap<>();
        PIPELINES.keySet().forEach(language -> {
            TokenNameFinderModel given = nameModels.get(language);
            loaded.put(language, pipeline(language,
                    given == null ? NameModel.load(language) : Optional.of(NameModel.of(given, language))));
        });
        this.pipelines = Map.copyOf(loaded);
    }

    /** The models, rules and gazetteer of {@code language}; without the name model when training it. */
    static Pipeline pipeline(String language, boolean withModel) {
        return pipeline(language, withModel ? NameModel.load(language) : Optional.empty());
    }

    private static Pipeline pipeline(String language, Optional<NameModel> model) {
        LanguageRules rules = LanguageRules.load(language);
        List<Locale> names = language.equals("en") ? List.of(Locale.ENGLISH)
                : List.of(Locale.forLanguageTag(language), Locale.ENGLISH);
        Gazetteer gazetteer = Gazetteer.load(names);
        return new Pipeline(TextAnalyzer.load(language, treebank(language)),
                new MentionFinder(rules, gazetteer, language.equals("en")), rules, gazetteer,
                model);
    }

    /** The UD treebank the OpenNLP models of a supported {@code language} were trained on. */
    static String treebank(String language) {
        String treebank = PIPELINES.get(language);
        if (treebank == null) {
            throw new IllegalArgumentException("no entity recognition for language " + language);
        }
        return treebank;
    }

    /** ISO 639-1 codes of the languages {@link #recognize} supports. */
    public Set<String> languages() {
        return pipelines.keySet();
    }

    /**
     * The entities of an article, most mentioned first.
     *
     * @param title the headline; its mentions count, with offset -1 when nowhere else
     * @param body the body text; offsets are into it
     * @param language ISO 639-1 code of the article; an unsupported or null language gives an empty list
     */
    public List<RecognizedEntity> recognize(String title, String body, @Nullable String language) {
        Pipeline pipeline = language == null ? null : pipelines.get(language);
        return pipeline == null ? List.of() : EntityMerger.merge(mentions(pipeline, title, body), pipeline.rules(),
                pipeline.gazetteer(), "en".equals(language));
    }

    /**
     * Every mention in {@code body} of an entity {@link #recognize} returns, with its character span and the type of
     * its entity, in text order: for scoring against span-labelled text. Same steps and result as {@code recognize}.
     */
    public List<EntitySpan> spans(String title, String body, @Nullable String language) {
        Pipeline pipeline = language == null ? null : pipelines.get(language);
        return pipeline == null ? List.of() : EntityMerger.spans(mentions(pipeline, title, body), pipeline.rules(),
                "en".equals(language));
    }

    private static List<Mention> mentions(Pipeline pipeline, String title, String body) {
        List<Mention> mentions = new ArrayList<>();
        mentions.addAll(pipeline.mentions(title, true));
        // Credits, image credits and author bios name people the article is not about.
        mentions.addAll(pipeline.mentions(CreditLines.blank(body), false));
        return mentions;
    }
}
