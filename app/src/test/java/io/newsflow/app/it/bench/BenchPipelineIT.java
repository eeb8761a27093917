package io.newsflow.app.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.cli.NewsflowCommand;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow bench pipeline} on a real broker, small: 200 articles over the bundled sample pages through enrich
 * and publish. It checks that every article arrives exactly once and that every figure is printed; speed is never
 * asserted (docs/performance.md has the measured figures).
 */
@ExtendWith(KafkaBroker.class)
class BenchPipelineIT {

    @Test
    void everyFedArticleArrivesOnceAndTheFiguresArePrinted(BrokerAddress broker, @TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = NewsflowCommand.execute(new String[] {"bench", "pipeline", "--articles", "200", "--stream-threads",
                "2", "--bootstrap-servers", broker.bootstrapServers(), "--data-dir", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("bench pipeline: 200 articles from")
                .contains("stream threads enrich 2 / publish 2")
                .contains("arrived: 200 published + 0 dead-lettered of 200 fed, 0 duplicates")
                .containsPattern("end to end \\(10%-90% of arrivals\\) +[0-9.]+ articles/s")
                .containsPattern("enrich output \\(10%-90%\\) +[0-9.]+ articles/s")
                .containsPattern("publish output \\(10%-90%\\) +[0-9.]+ articles/s")
                .containsPattern("first article out after start +[0-9.]+ s")
                .containsPattern("latency p50 / p95 / p99 +[0-9.]+ / [0-9.]+ / [0-9.]+ s")
                .containsPattern("CPU ms/article by threads .*enrich [0-9.]+.*publish [0-9.]+.*total [0-9.]+")
                .containsPattern("heap used peak / after full GC +[0-9]+ / [0-9]+")
                .containsPattern("RSS now / peak \\(VmHWM\\) +[0-9]+ / [0-9]+ MB")
                .containsPattern("GC +[0-9]+ ms in [0-9]+ collections");
        assertThat(dir).isEmptyDirectory(); // the run's state directories are removed
    }
}
