package io.newsflow.enrich.story;

import static io.newsflow.enrich.story.StoryClusteringTest.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gather step alone: what it sends, what it holds back, in which order versions leave. */
class StoryGathererTest {

    private static final StoryRules RULES = new StoryRules(6, Duration.ofDays(7));
    private static final long FINGERPRINT = 0x0123_4567_89ab_cdefL;

    private final MockProcessorContext<String, StoryOutput> context = new MockProcessorContext<>();
    private final StoryGatherer gatherer = new StoryGatherer(RULES, Topics.DEFAULT.enrichedArticles().valueSerde());

    @BeforeEach
    void init() {
        KeyValueStore<String, byte[]> waiting = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(StoryGatherer.WAITING), Serdes.String(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        KeyValueStore<String, String> answers = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(StoryGatherer.ANSWERS), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        waiting.init(context.getStateStoreContext(), waiting);
        answers.init(context.getStateStoreContext(), answers);
        context.addStateStore(waiting);
        context.addStateStore(answers);
        gatherer.init(context);
    }

    @Test
    void anArticleWaitsForEveryBandThenLeavesPlacedAndIsRemembered() {
        version("a", article("a", FINGERPRINT, 0));
        assertThat(requests()).hasSize(RULES.bands()).allMatch(r -> r instanceof BandRequest.Lookup);
        assertThat(RULES.bandKeys(FINGERPRINT)).containsExactlyElementsOf(keys());
        context.resetForwards();

        StoryMember earlier = new StoryMember("x", FINGERPRINT ^ 0b11, "first-x", at(-1000));
        for (int band = 0; band < RULES.bands(); band++) {
            assertThat(placed()).as("band %d of %d answered", band, RULES.bands()).isEmpty();
            answer("a", band, band == 3 ? List.of(earlier) : List.of());
        }
        assertThat(placed()).singleElement().satisfies(article -> {
            assertThat(article.getClusterId()).isEqualTo("first-x");
            assertThat(article.getDuplicateOf()).isEqualTo("x");
        });
        assertThat(requests()).hasSize(RULES.bands()).allSatisfy(r -> assertThat(r)
                .isEqualTo(new BandRequest.Remember(new StoryMember("a", FINGERPRINT, "first-x", at(0)))));
    }

    @Test
    void laterVersionsAndRemovalsQueueBehindTheWaitingVersion() {
        version("a", article("a", FINGERPRINT, 0));
        version("a", null);
        version("a", article("a", FINGERPRINT ^ 1, 1000));
        version("b", null);
        assertThat(placed()).as("only b's removal, which nothing waits ahead of").hasSize(1);
        context.resetForwards();

        answerAll("a", List.of());
        assertThat(context.forwarded()).extracting(f -> f.record().value().getClass().getSimpleName())
                .as("a placed, remembered, its removal passed on, then the re-fetch looked up")
                .containsExactlyElementsOf(expectedOrder());
        context.resetForwards();

        answerAll("a", List.of(new StoryMember("a", FINGERPRINT, "a", at(0))));
        assertThat(placed()).singleElement().satisfies(article -> {
            assertThat(article.getClusterId()).as("a re-fetch keeps its cluster").isEqualTo("a");
            assertThat(article.getDuplicateOf()).isNull();
        });
    }

    @Test
    void aClaimOnTheWaitingVersionIsAcceptedAndTheArticleWaitsForTheClaimer() {
        version("a", article("a", FINGERPRINT, 0));
        context.resetForwards();
        claim("a", FINGERPRINT, at(0), "early");
        assertThat(requests()).containsExactly(new BandRequest.Verdict("a", "early", true));
        assertThat(keys()).containsExactly("3:abc");
        answerAll("a", List.of());
        assertThat(placed()).as("all bands answered, the claimer not yet placed").isEmpty();

        StoryMember early = new StoryMember("early", FINGERPRINT ^ 1, "first-early", at(-5));
        preceded("a", early);
        assertThat(placed()).singleElement().satisfies(article -> {
            assertThat(article.getClusterId()).isEqualTo("first-early");
            assertThat(article.getDuplicateOf()).isEqualTo("early");
        });
        context.resetForwards();
        preceded("a", early);
        assertThat(context.forwarded()).as("a repeated placement of the claimer changes nothing").isEmpty();
    }

    @Test
    void aClaimOnAVersionThatLeftIsRefused() {
        claim("a", FINGERPRINT, at(0), "early");
        assertThat(requests()).as("no version waits").containsExactly(new BandRequest.Verdict("a", "early", false));
        version("a", article("a", FINGERPRINT ^ 1, 0));
        context.resetForwards();
        claim("a", FINGERPRINT, at(0), "early");
        assertThat(requests()).as("another version waits")
                .containsExactly(new BandRequest.Verdict("a", "early", false));
        answerAll("a", List.of());
        assertThat(placed()).hasSize(1);
    }

    @Test
    void answersForNoWaitingArticleAreABug() {
        assertThatThrownBy(() -> answerAll("ghost", List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ghost");
    }

    private List<String> expectedOrder() {
        List<String> order = new ArrayList<>();
        order.add("Placed");
        order.addAll(Collections.nCopies(RULES.bands(), "Request"));
        order.add("Placed");
        order.addAll(Collections.nCopies(RULES.bands(), "Request"));
        return order;
    }

    private static long at(long offset) {
        return StoryClusteringTest.START.toEpochMilli() + offset;
    }

    private void version(String id, Article article) {
        gatherer.process(new Record<>(id, new StoryEvent.Version(article), 0L));
    }

    private void answer(String id, int band, List<StoryMember> candidates) {
        gatherer.process(new Record<>(id, new StoryEvent.Reply(new BandAnswer(band, candidates)), 0L));
    }

    private void claim(String id, long fingerprint, long time, String claimer) {
        gatherer.process(new Record<>(id, new StoryEvent.Reply(new BandReply.Claim(fingerprint, time, claimer, "3:abc")),
                0L));
    }

    private void preceded(String id, StoryMember member) {
        gatherer.process(new Record<>(id, new StoryEvent.Reply(new BandReply.Preceded(member)), 0L));
    }

    private void answerAll(String id, List<StoryMember> candidates) {
        for (int band = 0; band < RULES.bands(); band++) {
            answer(id, band, candidates);
        }
    }

    private List<Article> placed() {
        return context.forwarded().stream().map(CapturedForward::record)
                .filter(r -> r.value() instanceof StoryOutput.Placed)
                .map(r -> ((StoryOutput.Placed) r.value()).article()).toList();
    }

    private List<BandRequest> requests() {
        return context.forwarded().stream().map(CapturedForward::record)
                .filter(r -> r.value() instanceof StoryOutput.Request)
                .map(r -> ((StoryOutput.Request) r.value()).request()).toList();
    }

    private List<String> keys() {
        return context.forwarded().stream().map(f -> (String) f.record().key()).toList();
    }
}
