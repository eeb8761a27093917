package io.newsflow.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StoryIndexTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private final StoryIndex index = new StoryIndex(new MemoryBucketStore(), 6, Duration.ofDays(7));

    @Test
    void findsAFingerprintSixBitsAwayInEveryBandPosition() {
        long original = 0x0123_4567_89ab_cdefL;
        index.place("a", original, 0);
        for (int shift = 0; shift < 58; shift += 7) {
            long near = original ^ (0b111111L << shift); // six adjacent bits: they touch one or two bands
            StoryIndex.Placement placement = index.place("b" + shift, near, DAY);
            assertThat(placement.clusterId()).as("flipped at %d", shift).isEqualTo("a");
        }
    }

    @Test
    void aFingerprintSevenBitsAwayIsAnotherStory() {
        index.place("a", 0L, 0);
        StoryIndex.Placement placement = index.place("b", 0b1111111L, DAY);
        assertThat(placement.clusterId()).isEqualTo("b");
        assertThat(placement.duplicateOf()).isEmpty();
    }

    @Test
    void aDuplicateOfADuplicateJoinsTheFirstArticlesCluster() {
        index.place("a", 0L, 0);
        index.place("b", 0b11L, DAY);
        StoryIndex.Placement third = index.place("c", 0b111L, 2 * DAY);
        assertThat(third.clusterId()).isEqualTo("a");
        assertThat(third.duplicateOf()).contains("b"); // b is 1 bit away, a is 3
    }

    @Test
    void articlesOlderThanTheWindowAreNoCandidates() {
        index.place("a", 0L, 0);
        assertThat(index.place("b", 1L, 3 * DAY).duplicateOf()).contains("a");
        StoryIndex.Placement late = index.place("c", 0L, 10 * DAY);
        assertThat(late.duplicateOf()).as("a is 10 days older than c, b only 7").contains("b");
        assertThat(index.place("d", 0L, 30 * DAY).duplicateOf()).isEmpty();
    }

    @Test
    void anUpdateOfAnArticleKeepsItsClusterAndIsNoDuplicateOfItself() {
        index.place("a", 0L, 0);
        StoryIndex.Placement again = index.place("a", 0b1L, DAY);
        assertThat(again.clusterId()).isEqualTo("a");
        assertThat(again.duplicateOf()).isEmpty();
    }

    @Test
    void bandKeysCoverAllBitsOnce() {
        assertThat(index.bandKeys(-1L)).hasSize(7).first().isEqualTo("0:1ff");
        assertThat(index.bandKeys(-1L)).last().isEqualTo("6:3ff");
    }

    @Test
    void rejectsCorruptBuckets() {
        assertThatThrownBy(() -> StoryMember.decode("a 1 a\n")).isInstanceOf(IllegalStateException.class);
    }
}
