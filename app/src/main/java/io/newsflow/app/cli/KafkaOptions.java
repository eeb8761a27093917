package io.newsflow.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the Kafka cluster is: {@code --bootstrap-servers H:P} or {@code --embedded [--data-dir DIR]}. */
public final class KafkaOptions {

    /** The default directory of the embedded broker and of local stream state. */
    public static final Path DEFAULT_DATA_DIR = Path.of(".newsflow");

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target = new Target();

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded broker and stream state directory (default: ${DEFAULT-VALUE}).",
            defaultValue = ".newsflow")
    Path dataDir = DEFAULT_DATA_DIR;

    /** The two exclusive ways of naming the cluster. */
    static final class Target {
        @Option(names = "--bootstrap-servers", paramLabel = "H:P[,H:P...]", description = "A running Kafka cluster.")
        String bootstrapServers;

        @Option(names = "--embedded", description = "Start an in-process single-node Kafka broker (the default).")
        boolean embedded;
    }

    /**
     * Fails unless the user named the cluster: for commands that change a cluster (creating topics), where quietly
     * starting an embedded broker would hide a forgotten address.
     *
     * @throws picocli.CommandLine.ParameterException when neither option was given
     */
    public void requireExplicit(picocli.CommandLine commandLine) {
        if (target == null || target.bootstrapServers == null && !target.embedded) {
            throw new picocli.CommandLine.ParameterException(commandLine,
                    "name the cluster: --bootstrap-servers H:P, or --embedded for the local embedded broker");
        }
    }

    /** Whether to start the embedded broker. */
    public boolean embedded() {
        return target == null || target.bootstrapServers == null;
    }

    /** The cluster address given by the user; only when not embedded. */
    public String bootstrapServers() {
        return target.bootstrapServers;
    }

    /** The data directory. */
    public Path dataDir() {
        return dataDir;
    }
}
