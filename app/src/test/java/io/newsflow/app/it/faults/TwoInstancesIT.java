package io.newsflow.app.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.it.faults.OutputWatcher.Tally;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of enrich and two of publish, each in a JVM of its own, on one broker: each stage's group has both
 * instances as members with partitions of their own, and every page is published or dead-lettered exactly once.
 */
@ExtendWith(KafkaBroker.class)
class TwoInstancesIT {

    private static final int PAGES = 300;

    @Test
    void twoInstancesOfEachStageShareThePartitionsAndProcessEveryRecordOnce(BrokerAddress broker) throws Exception {
        Path dir = Path.of("target", "faults-it", "two-instances-" + System.currentTimeMillis()).toAbsolutePath();
        Scenario scenario = new Scenario("two", broker.bootstrapServers(), dir, Map.of(), Map.of(), Map.of());
        RealisticPages generator = new RealisticPages(7L);
        List<RawArticle> pages = IntStream.range(0, PAGES).mapToObj(generator::page).toList();
        Set<String> ids = scenario.produce(pages);
        for (String instance : List.of("a", "b")) {
            scenario.start("enrich", instance);
            scenario.start("publish", instance);
        }
        try (OutputWatcher watcher = scenario.watch(); Admin admin = Admin.create(scenario.client())) {
            watcher.pollUntil(() -> watcher.accountedFor(ids), Duration.ofMinutes(5), "every page accounted for");
            IntStream.range(0, 10).forEach(i -> watcher.poll()); // 2 s more, for any late duplicate
            Tally tally = watcher.tally(ids);
            System.out.printf("[faults] two instances each: %s%n", tally);
            assertThat(tally.lost()).as("lost").isZero();
            assertThat(tally.duplicated()).as("duplicated").isZero();
            for (String stage : List.of("enrich", "publish")) {
                assertBothInstancesHavePartitions(admin, scenario.applicationId(stage));
            }
        } finally {
            scenario.stopAll();
        }
    }

    private static void assertBothInstancesHavePartitions(Admin admin, String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                .get(group).get(30, TimeUnit.SECONDS);
        List<MemberDescription> members = List.copyOf(description.members());
        System.out.printf("[faults] %s: %s%n", group, members.stream()
                .map(m -> m.groupInstanceId().orElse("?") + "=" + m.assignment().topicPartitions()).toList());
        assertThat(members).extracting(m -> m.groupInstanceId().orElse(""))
                .containsExactlyInAnyOrder("a-" + stageOf(group) + "-1", "b-" + stageOf(group) + "-1");
        assertThat(members).allSatisfy(m -> assertThat(m.assignment().topicPartitions()).isNotEmpty());
    }

    private static String stageOf(String group) {
        return group.substring(group.lastIndexOf('-') + 1);
    }
}
