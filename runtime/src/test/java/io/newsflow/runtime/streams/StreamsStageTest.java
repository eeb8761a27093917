package io.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.runtime.deadletter.DeadLetterExceptionHandler;
import io.newsflow.schemas.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsStageTest {

    private static final StreamsStageConfig CONFIG = new StreamsStageConfig("app-1", 2, Path.of("/tmp/state"));

    @Test
    void runsExactlyOnceWithDeadLettersAndTheTopicsSizeLimit() {
        Properties props = StreamsStage.properties("enrich", CONFIG, Topics.DEFAULT,
                Map.of("bootstrap.servers", "h:1", StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once"),
                new SimpleMeterRegistry());

        assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(props.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("app-1");
        assertThat(props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG)).isEqualTo(2);
        assertThat(props.get(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo(Path.of("/tmp/state").toString());
        assertThat(props.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)).isEqualTo("newsflow.dlq.v1");
        assertThat(props.get(DeadLetterExceptionHandler.STAGE_CONFIG)).isEqualTo("enrich");
        assertThat(props.get(StreamsConfig.producerPrefix("max.request.size"))).isEqualTo(Topics.MAX_MESSAGE_BYTES);
    }

    @Test
    void shortensTheSessionTimeoutUnlessTheOperatorSetOne() {
        Properties defaults = StreamsStage.properties("enrich", CONFIG, Topics.DEFAULT, Map.of(),
                new SimpleMeterRegistry());
        Properties operator = StreamsStage.properties("enrich", CONFIG, Topics.DEFAULT,
                Map.of("session.timeout.ms", 30_000), new SimpleMeterRegistry());

        assertThat(defaults.get("session.timeout.ms")).isEqualTo(StreamsStage.SESSION_TIMEOUT_MS);
        assertThat(operator.get("session.timeout.ms")).isEqualTo(30_000);
    }

    @Test
    void fetchesInSmallStepsUnlessTheOperatorSetsTheMainConsumersSize() {
        String key = StreamsConfig.mainConsumerPrefix("max.partition.fetch.bytes");
        Properties defaults = StreamsStage.properties("enrich", CONFIG, Topics.DEFAULT, Map.of(), new SimpleMeterRegistry());
        Properties operator = StreamsStage.properties("enrich", CONFIG, Topics.DEFAULT, Map.of(key, 1_048_576),
                new SimpleMeterRegistry());

        assertThat(defaults.get(key)).isEqualTo(StreamsStage.MAX_PARTITION_FETCH_BYTES);
        assertThat(operator.get(key)).isEqualTo(1_048_576);
    }

    @Test
    void passesTheStaticMemberNameTheClientPropertiesCarry() {
        Properties named = StreamsStage.properties("enrich", CONFIG, Topics.DEFAULT,
                Map.of(StreamsConfig.mainConsumerPrefix("group.instance.id"), "a-enrich"), new SimpleMeterRegistry());

        assertThat(named.get(StreamsConfig.mainConsumerPrefix("group.instance.id"))).isEqualTo("a-enrich");
        assertThat(StreamsStage.properties("enrich", CONFIG, Topics.DEFAULT, Map.of(), new SimpleMeterRegistry()))
                .doesNotContainKey(StreamsConfig.mainConsumerPrefix("group.instance.id"));
    }
}
