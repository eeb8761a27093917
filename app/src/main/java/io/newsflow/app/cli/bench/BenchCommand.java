package io.newsflow.app.cli.bench;

import io.newsflow.app.cli.bench.quality.BenchEntitiesCommand;
import io.newsflow.app.cli.bench.quality.BenchQualityCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow bench}: the group of benchmark commands. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the throughput of a pipeline stage on one thread.",
        subcommands = {BenchExtractCommand.class, BenchEnrichCommand.class, BenchQualityCommand.class,
                BenchEntitiesCommand.class, BenchReplayCommand.class,
                BenchPipelineCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "choose a benchmark: extract, enrich, quality, entities, replay or pipeline");
    }
}
