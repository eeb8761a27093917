package io.newsflow.app.cli;

import io.newsflow.runtime.config.Durations;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command: the one entry point of every stage, the demo and the tools. */
@Command(
        name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = NewsflowCommand.Version.class,
        description = "A Kafka-native news ingestion pipeline: ingest, enrich, publish.",
        subcommands = {DemoCommand.class, RunCommand.class, ExtractCommand.class, TailCommand.class,
                TopicsCommand.class, DlqCommand.class, ReplayCommand.class, ReprocessCommand.class,
                io.newsflow.app.cli.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public final class NewsflowCommand implements Runnable {

    /** Exit code for a usage error (bad option or argument). */
    static final int USAGE = 2;
    /** Exit code for a failure while running (bad file, unreachable cluster, ...). */
    static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // before the first logger exists: logback reads its configuration once, when logging starts
        if ("json".equalsIgnoreCase(System.getenv("NEWSFLOW_LOG_FORMAT"))) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new NewsflowCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true); // --stage ingest
        cli.registerConverter(java.time.Duration.class, Durations::parse); // --timeout 30s, as in the config file
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((error, arguments) -> {
            String command = error.getCommandLine().getCommandSpec().qualifiedName();
            err.println(command + ": " + error.getMessage() + " (see " + command + " --help)");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((error, commandLine, parsed) -> {
            // one line for the user; the stack trace only when they ask for debug logging
            err.println(commandLine.getCommandSpec().qualifiedName() + ": " + oneLine(error));
            org.slf4j.LoggerFactory.getLogger(NewsflowCommand.class).debug("command failed", error);
            return FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "choose a command: demo, run, extract, tail, topics, dlq, replay or reprocess");
    }

    static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Prints the version of the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NewsflowCommand.class.getPackage().getImplementationVersion();
            return new String[] {"newsflow " + (version == null ? "(development build)" : version)};
        }
    }
}
