package io.newsflow.app.cli;

import io.newsflow.app.dlq.DeadLetterRedriver;
import io.newsflow.app.dlq.DeadLetterSelection;
import io.newsflow.app.dlq.RedriveReport;
import io.newsflow.app.pipeline.NewsflowConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow dlq redrive}: sends selected dead letters back to their source topics, exactly once. */
@Command(
        name = "redrive",
        mixinStandardHelpOptions = true,
        description =
                "Send the selected dead letters' original records back to their source topics, once: a dead letter"
                        + " already re-driven is skipped."
                        + " Select by --reason, --stage and a --from/--to failure-time range.")
public final class DlqRedriveCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(
            names = "--reason",
            split = ",",
            paramLabel = "REASON",
            description = "Reasons to re-drive, e.g. PROCESSING_ERROR (default: all).")
    Set<String> reasons = Set.of();

    @Option(
            names = "--stage",
            split = ",",
            paramLabel = "STAGE",
            description = "Stages whose dead letters to re-drive: enrich, publish (default: all).")
    Set<String> stages = Set.of();

    @Option(
            names = "--from",
            paramLabel = "INSTANT",
            description = "Only failures at or after this time (ISO-8601, e.g. 2026-12-04T09:00:00Z).")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "Only failures before this time (ISO-8601).")
    Instant to;

    @Option(names = "--dry-run", description = "Count what would be re-driven; write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--from must be before --to");
        }
        NewsflowConfig settings = cluster.settings();
        DeadLetterSelection selection = new DeadLetterSelection(reasons, stages, Optional.ofNullable(from),
                Optional.ofNullable(to));
        RedriveReport report;
        try (KafkaTarget target = KafkaTarget.open(cluster.kafka())) {
            report = new DeadLetterRedriver(settings.clientProperties(target.bootstrapServers()), settings.topics(),
                    Clock.systemUTC()).redrive(selection, dryRun);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s %d dead letter(s)%s; skipped %d already re-driven, %d without a source record%n",
                dryRun ? "would re-drive" : "re-drove", report.total(),
                report.redriven().isEmpty() ? "" : " " + new java.util.TreeMap<>(report.redriven()),
                report.alreadyRedriven(), report.withoutSource());
        out.flush();
        return 0;
    }
}
