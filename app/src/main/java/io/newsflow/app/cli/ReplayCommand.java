package io.newsflow.app.cli;

import io.newsflow.app.pipeline.NewsflowConfig;
import io.newsflow.app.replay.ReplayRun;
import io.newsflow.ingest.replay.ArchiveFiles;
import io.newsflow.ingest.replay.RecordKind;
import io.newsflow.ingest.replay.ReplayFilter;
import io.newsflow.ingest.replay.ReplayReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow replay}: publishes archived pages (WARC, JSON Lines) to the raw topic, once, resumably. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Publish the pages of WARC files (CC-NEWS layout, .warc.gz or .warc) and JSON Lines dumps"
                + " (.jsonl[.gz]: url, html, optional fetch and publication times) to the raw topic, as ingest would"
                + " have. Corrupt records go to the dead-letter topic; an interrupted replay resumes where it stopped;"
                + " a file already replayed is skipped.")
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Archive files or directories holding them.")
    List<Path> paths;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--from", paramLabel = "DATE", description = "Only pages captured at or after this time"
            + " (WARC-Date): 2019-03-14 or 2019-03-14T08:00:00Z.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only pages captured before this time; a date alone"
            + " includes that whole day (UTC).")
    String to;

    @Option(names = "--domain", split = ",", paramLabel = "D", description = "Only pages on these hosts or their"
            + " subdomains.")
    Set<String> domains = Set.of();

    @Option(names = "--url-pattern", paramLabel = "REGEX", description = "Only pages whose URL contains a match.")
    String urlPattern;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReplayFilter filter = filter();
        List<Path> files;
        try {
            files = ArchiveFiles.list(paths);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        NewsflowConfig settings = cluster.settings();
        PrintWriter out = spec.commandLine().getOut();
        ReplayReport report;
        try (KafkaTarget target = KafkaTarget.open(cluster.kafka())) {
            report = ReplayRun.replay(settings.clientProperties(target.bootstrapServers()), settings.topicPrefix(),
                    settings.topics(), files, filter, line -> {
                        out.println(line);
                        out.flush();
                    });
        }
        print(out, report);
        return 0;
    }

    private ReplayFilter filter() {
        Optional<Instant> start = Optional.ofNullable(from).map(value -> instant("--from", value, false));
        Optional<Instant> end = Optional.ofNullable(to).map(value -> instant("--to", value, true));
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to");
        }
        return new ReplayFilter(start, end, domains, Optional.ofNullable(urlPattern).map(this::pattern));
    }

    private Instant instant(String option, String value, boolean endOfDay) {
        try {
            return TimeOption.parse(option, value, endOfDay);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private Pattern pattern(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--url-pattern is not a regular expression: "
                    + e.getDescription() + " in '" + regex + "'");
        }
    }

    private static void print(PrintWriter out, ReplayReport report) {
        out.printf("replayed %d file(s); %d already replayed before%n", report.files(), report.filesAlreadyDone());
        out.printf("%-14s %10s%n", "records", "count");
        for (RecordKind kind : RecordKind.values()) {
            out.printf("%-14s %10d%n", kind.name().toLowerCase(java.util.Locale.ROOT), report.count(kind));
        }
        out.printf("%-14s %10d%n", "total", report.total());
        out.flush();
    }
}
