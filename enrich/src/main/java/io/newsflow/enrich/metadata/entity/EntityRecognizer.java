package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    private record Pipeline(TextAnalyzer analyzer, MentionFinder finder, LanguageRules rules) {
    }

    private final Map<String, Pipeline> pipelines;

    /** Loads the models, rules and gazetteers of every supported language. */
    public EntityRecognizer() {
        Map<String, Pipeline> loaded = new java.util.HashMap<>();
        PIPELINES.forEach((language, treebank) -> {
            LanguageRules rules = LanguageRules.load(language);
            List<Locale> names = language.equals("en") ? List.of(Locale.ENGLISH)
                    : List.of(Locale.forLanguageTag(language), Locale.ENGLISH);
            loaded.put(language, new Pipeline(TextAnalyzer.load(language, treebank),
                    new MentionFinder(rules, Gazetteer.load(names), language.equals("en")), rules));
        });
        this.pipelines = Map.copyOf(loaded);
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
        return pipeline == null ? List.of() : EntityMerger.merge(mentions(pipeline, title, body), pipeline.rules());
    }

    /**
     * Every mention in {@code body} of an entity {@link #recognize} returns, with its character span and the type of
     * its entity, in text order: for scoring against span-labelled text. Same steps and result as {@code recognize}.
     */
    public List<EntitySpan> spans(String title, String body, @Nullable String language) {
        Pipeline pipeline = language == null ? null : pipelines.get(language);
        return pipeline == null ? List.of() : EntityMerger.spans(mentions(pipeline, title, body), pipeline.rules());
    }

    private static List<Mention> mentions(Pipeline pipeline, String title, String body) {
        List<Mention> mentions = new ArrayList<>();
        mentions.addAll(pipeline.finder().find(title, pipeline.analyzer().words(title), true));
        mentions.addAll(pipeline.finder().find(body, pipeline.analyzer().words(body), false));
        return mentions;
    }
}
