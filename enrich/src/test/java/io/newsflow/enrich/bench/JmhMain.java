package io.newsflow.enrich.bench;

import java.io.IOException;

/**
 * Runs the JMH benchmarks of this package: the arguments are JMH's own (a name pattern, {@code -p step=language},
 * {@code -f}, {@code -wi}, ...). See docs/performance.md for the command.
 */
public final class JmhMain {

    private JmhMain() {}

    public static void main(String[] args) throws IOException {
        org.openjdk.jmh.Main.main(args.length == 0 ? new String[] {"io.newsflow.enrich.bench"} : args);
    }
}
