package io.newsflow.app.it.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.kafka.KafkaBroker;
import io.newsflow.app.kafka.KafkaBroker.BrokerAddress;
import io.newsflow.app.kafka.TopicCreator;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10's scale-out, judged from the hosts' access logs: two ingest instances (each with its own clients and group
 * membership) on one broker share the hosts of a many-host site through the frontier topic; no URL is answered 200
 * twice, consecutive requests to one host keep the configured spacing although two instances crawl, both instances
 * fetch, and when one is stopped mid-pass the other takes its hosts over and every article ends up on the raw topic
 * exactly once.
 */
@ExtendWith(KafkaBroker.class)
class ScaleOutIT {

    private static final int PARTITIONS = 2;
    private static final int ARTICLES_PER_HOST = 8;
    private static final Duration DELAY = Duration.ofMillis(400);

    @Test
    void twoInstancesShareTheHostsAndTheSurvivorFinishesTheStoppedOnesWork(BrokerAddress broker) {
        String prefix = broker.uniquePrefix("scale");
        Topics topics = Topics.of(prefix, PARTITIONS, (short) -1);
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            TopicCreator.createMissing(admin, topics);
        }
        try (ManyHostsSite site = new ManyHostsSite(ARTICLES_PER_HOST)) {
            List<String> hosts = hostsOnEveryPartition(site);
            Set<String> articles = hosts.stream().flatMap(host -> site.articles(host).stream()).collect(Collectors.toSet());
            IngestApp a = instance("a", hosts, topics, client);
            IngestApp b = instance("b", hosts, topics, client);
            try {
                a.start();
                b.start();
                await().atMost(Duration.ofMinutes(2)).until(() -> fetchedBy(site, "a") > 0 && fetchedBy(site, "b") > 0);
                a.close(Duration.ofSeconds(4)); // mid-pass: its queued URLs are cancelled, its batch not committed
                long byA = fetchedBy(site, "a");
                assertThat(byA).as("a stopped mid-pass").isLessThan(articles.size());

                await().atMost(Duration.ofMinutes(3)).until(() -> rawUrls(client, topics).keySet().containsAll(articles));
            } finally {
                a.close();
                b.close();
            }
            List<ManyHostsSite.Request> log = site.log();
            assertEveryArticleOnRawOnce(client, topics, articles);
            assertNoUrlAnswered200Twice(log);
            assertSpacingPerHost(log);
            assertThat(log).filteredOn(request -> request.path().startsWith("/news/"))
                    .extracting(request -> request.userAgent().contains("-a/") ? "a" : "b")
                    .contains("a", "b");
            // b took over at least one host a had started on
            Map<String, Set<String>> agentsByHost = log.stream().filter(request -> request.path().startsWith("/news/"))
                    .collect(Collectors.groupingBy(ManyHostsSite.Request::host,
                            Collectors.mapping(ManyHostsSite.Request::userAgent, Collectors.toSet())));
            assertThat(agentsByHost.values()).anySatisfy(agents -> assertThat(agents).hasSize(2));
        }
    }

    /**
     * Starts hosts until each frontier partition holds at least two, so that both instances have hosts to fetch
     * whichever partition each is given (ports are random, and so is the partition of a host).
     */
    private static List<String> hostsOnEveryPartition(ManyHostsSite site) {
        List<String> hosts = new ArrayList<>();
        Map<Integer, Integer> perPartition = new HashMap<>();
        while (perPartition.size() < PARTITIONS || perPartition.values().stream().anyMatch(count -> count < 2)) {
            assertThat(hosts).as("hosts started").hasSizeLessThan(40);
            String host = site.addHost();
            hosts.add(host);
            int partition = Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
            perPartition.merge(partition, 1, Integer::sum);
        }
        return hosts;
    }

    private static IngestApp instance(String name, List<String> hosts, Topics topics, Map<String, Object> client) {
        Map<String, String> settings = new HashMap<>();
        for (int i = 0; i < hosts.size(); i++) {
            settings.put("ingest.sources." + i + ".type", "feed");
            settings.put("ingest.sources." + i + ".url", hosts.get(i) + "/feed.xml");
        }
        settings.put("ingest.allow.addresses", String.join(",", hosts.stream().map(host -> host.substring(7)).toList()));
        settings.put("ingest.user.agent", "newsflow-it-" + name + "/1.0 (+https://example.invalid/contact)");
        settings.put("ingest.host.delay", DELAY.toMillis() + "ms");
        settings.put("ingest.request.timeout", "5s");
        settings.put("ingest.fetch.threads", "4");
        settings.put("ingest.poll.interval", "1h");
        settings.put("ingest.frontier.batch", "3");
        return new IngestApp(IngestConfig.load(settings), topics, client, Clock.systemUTC(), new SimpleMeterRegistry());
    }

    private static long fetchedBy(ManyHostsSite site, String name) {
        return site.log().stream()
                .filter(request -> request.path().startsWith("/news/") && request.userAgent().contains("-" + name + "/"))
                .count();
    }

    private static Map<String, Long> rawUrls(Map<String, Object> client, Topics topics) {
        return TopicReader.readAll(client, topics.rawArticles()).stream().map(ConsumerRecord::value)
                .collect(Collectors.groupingBy(RawArticle::getUrl, Collectors.counting()));
    }

    private static void assertEveryArticleOnRawOnce(Map<String, Object> client, Topics topics, Set<String> articles) {
        Map<String, Long> raw = rawUrls(client, topics);
        assertThat(raw.keySet()).containsExactlyInAnyOrderElementsOf(articles);
        assertThat(raw).allSatisfy((url, count) -> assertThat(count).as(url).isEqualTo(1));
    }

    private static void assertNoUrlAnswered200Twice(List<ManyHostsSite.Request> log) {
        Map<String, Long> ok = log.stream().filter(request -> request.status() == 200)
                .collect(Collectors.groupingBy(request -> request.host() + request.path(), Collectors.counting()));
        assertThat(ok).allSatisfy((url, count) -> assertThat(count).as(url).isEqualTo(1));
    }

    /**
     * Consecutive requests to one host, whichever instance sent them, arrive at least the delay apart. (The gate
     * spaces a request's start from the previous one's end as the client sees it; the server's own end time can
     * fall a little after the client's, so arrival to arrival is what the access log can show exactly.)
     */
    private static void assertSpacingPerHost(List<ManyHostsSite.Request> log) {
        Map<String, List<ManyHostsSite.Request>> byHost = log.stream()
                .collect(Collectors.groupingBy(ManyHostsSite.Request::host, Collectors.toList()));
        byHost.forEach((host, requests) -> {
            List<ManyHostsSite.Request> ordered = requests.stream()
                    .sorted(Comparator.comparing(ManyHostsSite.Request::start)).toList();
            for (int i = 1; i < ordered.size(); i++) {
                ManyHostsSite.Request previous = ordered.get(i - 1);
                ManyHostsSite.Request next = ordered.get(i);
                assertThat(Duration.between(previous.start(), next.start()))
                        .as("%s: %s (%s) then %s (%s)", host, previous.path(), previous.userAgent(), next.path(),
                                next.userAgent())
                        .isGreaterThanOrEqualTo(DELAY);
            }
        });
    }

}
