package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The band step alone: remembers placed articles in their bucket, answers lookups with the candidates only. */
class BandBucketProcessorTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final String BUCKET = "2:1ff";

    private final MockProcessorContext<String, String> context = new MockProcessorContext<>();
    private final BandBucketProcessor processor = new BandBucketProcessor(new StoryRules(6, Duration.ofDays(7)));

    @BeforeEach
    void init() {
        KeyValueStore<String, String> store = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(BandBucketProcessor.STORE), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        KeyValueStore<String, String> pending = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(BandBucketProcessor.PENDING), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        pending.init(context.getStateStoreContext(), pending);
        context.addStateStore(pending);
        processor.init(context);
    }

    @Test
    void answersALookupWithNearDuplicatesAndEarlierVersionsWithinTheWindow() {
        StoryMember near = new StoryMember("near", 0b111L, "near", 20 * DAY);
        StoryMember far = new StoryMember("far", 0xFFFFL, "far", 20 * DAY);
        StoryMember old = new StoryMember("old", 0L, "old", 10 * DAY);
        StoryMember self = new StoryMember("me", 0xFFFF_FFFFL, "me", 20 * DAY);
        for (StoryMember member : List.of(old, near, far, self)) {
            request(new BandRequest.Remember(member));
        }
        assertThat(context.forwarded()).as("remembering answers nothing").isEmpty();

        request(new BandRequest.Lookup("me", 0L, 18 * DAY, 2));
        var answer = context.forwarded().get(0).record();
        assertThat(answer.key()).isEqualTo("me");
        assertThat(BandAnswer.decode(answer.value())).isEqualTo(new BandAnswer(2, List.of(near, self)));
    }

    @Test
    void rejectsWhatIsNoRequest() {
        assertThatThrownBy(() -> request("hello")).isInstanceOf(IllegalStateException.class).hasMessageContaining("hello");
    }

    private void request(BandRequest request) {
        request(request.encode());
    }

    private void request(String value) {
        processor.process(new Record<>(BUCKET, value, 0L));
    }
}
