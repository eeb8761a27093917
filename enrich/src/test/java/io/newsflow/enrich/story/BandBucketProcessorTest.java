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
    void aLookupWaitsForAnEarlierPendingNearDuplicateToBeRemembered() {
        request(new BandRequest.Lookup("early", 0b1L, DAY, 2));
        context.resetForwards();
        request(new BandRequest.Lookup("late", 0b11L, 2 * DAY, 2));
        assertThat(context.forwarded()).as("held while early is pending").isEmpty();

        StoryMember early = new StoryMember("early", 0b1L, "early", DAY);
        request(new BandRequest.Remember(early));
        assertThat(context.forwarded()).singleElement().satisfies(f -> {
            assertThat(f.record().key()).isEqualTo("late");
            assertThat(BandAnswer.decode(f.record().value())).isEqualTo(new BandAnswer(2, List.of(early)));
        });
    }

    @Test
    void aLookupClaimsALaterPendingNearDuplicateAndWaitsForTheVerdict() {
        request(new BandRequest.Lookup("late", 0b11L, 2 * DAY, 2));
        context.resetForwards();
        request(new BandRequest.Lookup("early", 0b1L, DAY, 2));
        assertThat(context.forwarded()).singleElement().satisfies(f -> {
            assertThat(f.record().key()).isEqualTo("late");
            assertThat(BandReply.decode(f.record().value()))
                    .isEqualTo(new BandReply.Claim(0b11L, 2 * DAY, "early", BUCKET));
        });
        context.resetForwards();

        request(new BandRequest.Verdict("late", "early", true));
        assertThat(context.forwarded()).as("late accepted: early is answered without it").singleElement()
                .satisfies(f -> assertThat(BandAnswer.decode(f.record().value())).isEqualTo(new BandAnswer(2,
                        List.of())));
        context.resetForwards();

        StoryMember placed = new StoryMember("early", 0b1L, "early", DAY);
        request(new BandRequest.Remember(placed));
        assertThat(context.forwarded()).as("late is told early's placement").singleElement().satisfies(f -> {
            assertThat(f.record().key()).isEqualTo("late");
            assertThat(BandReply.decode(f.record().value())).isEqualTo(new BandReply.Preceded(placed));
        });
    }

    @Test
    void aLaterPendingNearDuplicateWhoseAnswerIsHeldWaitsWithoutAClaim() {
        request(new BandRequest.Lookup("first", 0b111L, DAY, 2));
        request(new BandRequest.Lookup("late", 0b11L, 3 * DAY, 2));
        context.resetForwards();
        request(new BandRequest.Lookup("early", 0b1L, 2 * DAY, 2));
        assertThat(context.forwarded()).as("no claim: late's answer is still held").isEmpty();

        StoryMember first = new StoryMember("first", 0b111L, "first", DAY);
        request(new BandRequest.Remember(first));
        assertThat(context.forwarded()).as("early answered, late still held for early").singleElement()
                .satisfies(f -> assertThat(f.record().key()).isEqualTo("early"));
        context.resetForwards();

        StoryMember early = new StoryMember("early", 0b1L, "first", 2 * DAY);
        request(new BandRequest.Remember(early));
        assertThat(context.forwarded()).singleElement().satisfies(f -> {
            assertThat(f.record().key()).isEqualTo("late");
            assertThat(BandAnswer.decode(f.record().value())).isEqualTo(new BandAnswer(2, List.of(first, early)));
        });
    }

    @Test
    void aRefusedClaimPutsThePlacedNearDuplicateFirst() {
        request(new BandRequest.Lookup("late", 0b11L, 2 * DAY, 2));
        request(new BandRequest.Lookup("early", 0b1L, DAY, 2));
        StoryMember late = new StoryMember("late", 0b11L, "late", 2 * DAY);
        request(new BandRequest.Remember(late));
        context.resetForwards();
        request(new BandRequest.Verdict("late", "early", false));
        assertThat(context.forwarded()).singleElement().satisfies(f -> {
            assertThat(f.record().key()).isEqualTo("early");
            assertThat(BandAnswer.decode(f.record().value())).isEqualTo(new BandAnswer(2, List.of(late)));
        });
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
