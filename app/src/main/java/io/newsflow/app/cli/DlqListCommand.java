package io.newsflow.app.cli;

import io.newsflow.app.dlq.DeadLetterReader;
import io.newsflow.app.dlq.DeadLetterSummary;
import io.newsflow.app.pipeline.NewsflowConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow dlq list}: dead letters counted by stage and reason. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description =
                "Count the dead letters by stage and reason, with the first and last failure"
                        + " and how many were re-driven.")
public final class DlqListCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewsflowConfig settings = cluster.settings();
        DeadLetterSummary summary = new DeadLetterSummary();
        try (KafkaTarget target = KafkaTarget.open(cluster.kafka())) {
            DeadLetterReader.forEach(settings.clientProperties(target.bootstrapServers()),
                    settings.topics().deadLetters(), summary::add);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-9s %-22s %7s %9s  %-24s %-24s%n", "STAGE", "REASON", "COUNT", "REDRIVEN", "FIRST", "LAST");
        summary.groups().forEach((name, group) -> {
            String[] parts = name.split("/", 2);
            out.printf("%-9s %-22s %7d %9d  %-24s %-24s%n", parts[0], parts[1], group.count(), group.redriven(),
                    group.first(), group.last());
        });
        if (summary.undecodable() > 0) {
            out.printf("%d record(s) on the topic are not dead letters%n", summary.undecodable());
        }
        out.flush();
        return 0;
    }
}
