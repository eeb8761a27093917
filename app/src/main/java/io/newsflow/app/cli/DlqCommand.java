package io.newsflow.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow dlq}: the dead-letter topic's runbook tools. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Inspect the dead-letter topic and re-drive dead letters to their source topics.",
        subcommands = {DlqListCommand.class, DlqShowCommand.class, DlqRedriveCommand.class})
public final class DlqCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: list, show or redrive");
    }
}
