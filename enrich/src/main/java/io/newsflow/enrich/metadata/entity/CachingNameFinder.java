package io.newsflow.enrich.metadata.entity;

import java.lang.reflect.Field;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * OpenNLP's name finder, with the features of the additional context (the rules' mentions, {@link NameFeatures})
 * computed once per word of a sentence instead of once per word and beam candidate; the names found are the same.
 *
 * <p>{@code NameFinderME} appends to its context generator a window of eight words either side over the additional
 * context, uncached, while the model's own features sit behind OpenNLP's {@link CachedFeatureGenerator}. The beam
 * search asks for the context of each word once per candidate sequence (three), so that window was built three
 * times per word: 40 % of the name finder's time, a quarter of the enrich step's (JFR, docs/performance.md).
 * Those features do not depend on the candidate's previous outcomes, so the cache (keyed by the sentence's token
 * array and the word index, like the model's own) returns the same features in the same order. {@code NameFinderME}
 * offers no way to set that generator, so the constructor swaps it in the generator's array; a change of OpenNLP that
 * moves it fails here, at load, rather than silently running uncached.
 */
final class CachingNameFinder extends NameFinderME {

    CachingNameFinder(TokenNameFinderModel model) {
        super(model);
        AdaptiveFeatureGenerator[] generators = generators(contextGenerator);
        int last = generators.length - 1;
        if (last < 0 || !(generators[last] instanceof WindowFeatureGenerator)) {
            throw new IllegalStateException("OpenNLP's name finder no longer ends its context generator with the"
                    + " additional-context window; revisit " + CachingNameFinder.class.getSimpleName());
        }
        generators[last] = new CachedFeatureGenerator(generators[last]);
    }

    private static AdaptiveFeatureGenerator[] generators(Object contextGenerator) {
        if (!(contextGenerator instanceof DefaultNameContextGenerator)) {
            throw new IllegalStateException("unexpected name context generator "
                    + contextGenerator.getClass().getName());
        }
        try {
            Field field = DefaultNameContextGenerator.class.getDeclaredField("featureGenerators");
            field.setAccessible(true);
            return (AdaptiveFeatureGenerator[]) field.get(contextGenerator);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the feature generators of OpenNLP's name finder", e);
        }
    }
}
