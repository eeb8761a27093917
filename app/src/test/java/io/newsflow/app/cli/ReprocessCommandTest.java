package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code newsflow reprocess} rejects bad arguments in one line, before it touches a cluster. */
class ReprocessCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "reprocess";
        all[1] = "--bootstrap-servers";
        all[2] = "127.0.0.1:1"; // nothing listens: a command that got past its arguments would fail differently
        System.arraycopy(args, 0, all, 3, args.length);
        return NewsflowCommand.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void assertUsageError(int exit, String expected) {
        assertThat(exit).isEqualTo(NewsflowCommand.USAGE);
        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("newsflow reprocess: ").contains(expected);
    }

    @Test
    void rejectsAnUnparseableTime() {
        assertUsageError(run("--from", "yesterday", "--output-version", "v2"),
                "--from must be a date (2019-03-14) or a time (2019-03-14T08:00:00Z), got 'yesterday'");
    }

    @Test
    void rejectsAnUnparseableEndTime() {
        assertUsageError(run("--from", "2024-01-01", "--to", "2024-13-01", "--output-version", "v2"),
                "--to must be a date");
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertUsageError(run("--from", "2024-03-01T00:00:00Z", "--to", "2024-02-01T00:00:00Z", "--output-version",
                "v2"), "--to must be after --from");
    }

    @Test
    void rejectsAnEndEqualToTheStart() {
        assertUsageError(run("--from", "2024-03-01T00:00:00Z", "--to", "2024-03-01T00:00:00Z", "--output-version",
                "v2"), "--to must be after --from");
    }

    @Test
    void aDateAsEndIncludesThatDay() {
        assertThat(run("--from", "2024-03-01T12:00:00Z", "--to", "2024-03-01", "--output-version", "v2"))
                .as("the end of 1 March is after its noon: the arguments pass and the missing cluster fails")
                .isEqualTo(NewsflowCommand.FAILED);
    }

    @Test
    void rejectsAVersionOfAnotherForm() {
        for (String bad : new String[] {"v1", "2", "version2", "v2-beta", "V3"}) {
            err.getBuffer().setLength(0);
            assertUsageError(run("--from", "2024-01-01", "--output-version", bad), "got '" + bad + "'");
        }
    }

    @Test
    void requiresFromAndVersion() {
        assertUsageError(run("--output-version", "v2"), "--from");
        err.getBuffer().setLength(0);
        assertUsageError(run("--from", "2024-01-01"), "--output-version");
    }
}
