package io.newsflow.app.it.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.cli.NewsflowCommand;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.schemas.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow bench replay} on a real broker, small: it writes an archive of the size asked, times the
 * decompression, replays every page of it into fresh topics and prints the figures. (The figures in the README come
 * from a 1 GB run; speed is never asserted here.)
 */
@ExtendWith(KafkaBroker.class)
class BenchReplayIT {

    private static final Pattern REPLAY_LINE = Pattern.compile("replay: (\\d+) pages \\((\\d+) WARC records\\)");

    @Test
    void replaysTheGeneratedArchiveAndPrintsItsFigures(BrokerAddress broker, @TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = NewsflowCommand.execute(new String[] {"bench", "replay", "--size-mb", "2", "--dir", dir.toString(),
                "--bootstrap-servers", broker.bootstrapServers()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        Path archive = dir.resolve("synthetic-2mb.warc.gz");
        assertThat(Files.size(archive)).isGreaterThanOrEqualTo(2_000_000L);
        Matcher replay = REPLAY_LINE.matcher(out.toString());
        assertThat(replay.find()).as(out.toString()).isTrue();
        long pages = Long.parseLong(replay.group(1));
        assertThat(Long.parseLong(replay.group(2))).as("a request record before each page").isEqualTo(2 * pages);
        assertThat(out.toString()).containsPattern("archive: wrote .* " + pages + " pages")
                .containsPattern("(zcat|java gunzip).*MB/s").contains("replay time / decompression time:");
        String prefix = out.toString().replaceAll("(?s).*topics (bench-replay-\\d+).*", "$1");
        Topics topics = Topics.of(prefix, 1, (short) -1);
        assertThat(TopicReader.readAll(Map.of("bootstrap.servers", broker.bootstrapServers()), topics.rawArticles()))
                .hasSize((int) pages);
    }
}
