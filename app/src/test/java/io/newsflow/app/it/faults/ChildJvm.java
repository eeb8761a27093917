package io.newsflow.app.it.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java process started from this test JVM's classpath, its output going to a log file; {@link #kill()} ends it with
 * SIGKILL, as a crash or an OOM killer would, so nothing in it gets to clean up.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final long logStart;

    private ChildJvm(String name, Process process, Path log, long logStart) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    /**
     * Starts {@code mainClass} with {@code args} on this JVM's classpath.
     *
     * @param heap the {@code -Xmx} value, e.g. {@code 512m}
     * @param env extra environment variables
     */
    static ChildJvm start(String name, String heap, Map<String, String> env, Path log, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Dlogback.configurationFile=" + logbackConfig(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            java.nio.file.Files.createDirectories(log.getParent());
            long logStart = log.toFile().length();
            return new ChildJvm(name, builder.start(), log, logStart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + mainClass + ")", e);
        }
    }

    private static String logbackConfig() {
        java.net.URL config = ChildJvm.class.getResource("/faults-logback.xml");
        if (config == null) {
            throw new IllegalStateException("faults-logback.xml missing from the test classpath");
        }
        return config.toString();
    }

    /** Whether the process still runs. */
    boolean alive() {
        return process.isAlive();
    }

    /** Where its output goes. */
    Path log() {
        return log;
    }

    /** Whether its output, from byte {@code from} on, contains {@code text}. */
    boolean logged(String text, long from) {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            if (file.length() <= from) {
                return false;
            }
            file.seek(from);
            byte[] rest = new byte[(int) (file.length() - from)];
            file.readFully(rest);
            return new String(rest, java.nio.charset.StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log of " + name, e);
        }
    }

    /** The size of its log file when this process started (restarts append to the same file). */
    long logSizeAtStart() {
        return logStart;
    }

    /** The last lines of its output, for a failure message. */
    String logTail() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log of " + name, e);
        }
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        await();
    }

    /** SIGTERM (a clean shutdown), then SIGKILL after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void await() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to die", e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", log " + log + ")";
    }
}
