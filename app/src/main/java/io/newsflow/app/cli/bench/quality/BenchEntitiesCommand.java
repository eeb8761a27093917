package io.newsflow.app.cli.bench.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench entities}: entity recognition quality on the labelled sets of the evaluation cache (see
 * {@link EntityQuality}). Temporary home until {@code bench quality} runs it.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Score entity recognition on GermEval 2014, GUM news and UNER PUD (typed span P/R/F1).")
public final class BenchEntitiesCommand implements Callable<Integer> {

    @Option(names = "--cache", defaultValue = "eval/cache",
            description = "The evaluation cache (scripts/eval-cache.sh; default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--split", defaultValue = "tune", description = "tune or measure (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--train", description = "Instead of scoring, train the name models into this directory.")
    Path train;

    @Option(names = "--gum-train", description = "With --train: a directory of GUM WebAnno TSV documents"
            + " (coref/gum/tsv of the GUM repository, each with its dep/ CoNLL-U twin beside it); only the CC-BY and"
            + " CC-BY-SA genres are used.")
    Path gumTrain;

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON",
            description = "With --train or --cross-validate: PERCEPTRON or MAXENT (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--cross-validate", paramLabel = "LANG", description = "Instead of scoring the shipped models:"
            + " cross-validate the name model of LANG (only de): train one in memory per fold of the GermEval test TUNE"
            + " sentences (fold = first byte of sha1(sentence id) mod 2) on GermEval dev and the other fold, with"
            + " --algorithm, --iterations and --cutoff, score it on its fold; prints each fold, their sum and the"
            + " shipped model on UNER de-PUD TUNE (two trainings, minutes). TUNE only; --errors prints the held-out"
            + " sentences with wrong spans.")
    String crossValidate;

    @Option(names = "--errors", description = "Also print every document whose spans differ from the labels.")
    boolean errors;

    @Option(names = "--iterations", defaultValue = "100",
            description = "With --train or --cross-validate (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1",
            description = "With --train or --cross-validate (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!split.equals("tune") && !split.equals("measure")) {
            throw new ParameterException(spec.commandLine(), "--split must be tune or measure, not " + split);
        }
        if (!Files.isDirectory(cache.resolve("germeval"))) {
            throw new ParameterException(spec.commandLine(), "no germeval/ under " + cache
                    + ": build the cache with scripts/eval-cache.sh");
        }
        if (crossValidate != null) {
            if (!crossValidate.equals("de")) {
                throw new ParameterException(spec.commandLine(), "--cross-validate supports de only, not "
                        + crossValidate);
            }
            if (split.equals("measure")) {
                throw new ParameterException(spec.commandLine(), "--cross-validate reads the TUNE split only");
            }
            EntityCrossValidation.run(cache, algorithm, iterations, cutoff, errors, System.out);
            return 0;
        }
        if (train != null) {
            if (gumTrain == null || !Files.isDirectory(gumTrain)) {
                throw new ParameterException(spec.commandLine(), "--train needs --gum-train DIR");
            }
            EntityModelTraining.train(cache, gumTrain, train, algorithm, iterations, cutoff, System.out);
            return 0;
        }
        EntityQuality.run(cache, split.equals("measure"), errors, System.out);
        return 0;
    }
}
