package io.newsflow.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.runtime.json.RecordJson;
import io.newsflow.app.kafka.TopicReader;
import io.newsflow.app.pipeline.NewsflowConfig;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow tail}: prints a topic's records as JSON lines, from the beginning. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print the records of a newsflow topic as JSON lines, from the beginning to the current end.")
public final class TailCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(
            index = "0",
            paramLabel = "TOPIC",
            description = "e.g. newsflow.articles.v1, or a topic of a publish route")
    String topicName;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Integer max;

    @Option(names = "--follow", description = "Keep waiting for new records instead of stopping at the end.")
    boolean follow;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (max != null && max < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--max must be at least 1, got " + max);
        }
        NewsflowConfig settings = cluster.settings();
        Topics topics = settings.topics();
        // a routed topic (newsflow.articles.de.v1) is not one of the pipeline's own: its values are articles, in Avro
        // or JSON as its route says
        Topic<String, ?> topic = topics.all().stream().anyMatch(own -> own.name().equals(topicName))
                ? topics.byName(topicName) : topics.routed(topicName);
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaTarget target = KafkaTarget.open(cluster.kafka());
                KafkaConsumer<byte[], byte[]> consumer =
                        consumer(settings.clientProperties(target.bootstrapServers()))) {
            Map<TopicPartition, Long> ends = TopicReader.assignFromBeginning(consumer, topic.name());
            if (ends.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no topic " + topicName
                        + " on the cluster; known: " + topics.all().stream().map(Topic::name).toList()
                        + " and the topics of publish routes");
            }
            int printed = 0;
            while (max == null || printed < max) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    out.println(RecordJson.line(json(record, topic)));
                    if (max != null && ++printed >= max) {
                        break;
                    }
                }
                out.flush();
                if (!follow && reachedEnd(consumer, ends)) {
                    break;
                }
            }
            return 0;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static ObjectNode json(ConsumerRecord<byte[], byte[]> record, Topic<String, ?> topic) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("partition", record.partition());
        json.put("offset", record.offset());
        json.put("timestamp", java.time.Instant.ofEpochMilli(record.timestamp()).toString());
        json.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        ObjectNode headers = json.putObject("headers");
        for (Header header : record.headers()) {
            if (!header.key().endsWith("stacktrace")) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        try {
            json.set("value", value(record, topic));
        } catch (SerializationException | IOException e) {
            // tail shows what is there, including records nobody can decode, instead of stopping at them
            json.put("error", e.getMessage());
        }
        return json;
    }

    private static JsonNode value(ConsumerRecord<byte[], byte[]> record, Topic<String, ?> topic) throws IOException {
        Object value = topic.valueSerde().deserializer().deserialize(record.topic(), record.value());
        if (value instanceof byte[] routed) {
            // Avro single-object encoding starts with C3 01; a JSON route's value is a JSON object
            boolean avro = routed.length > 1 && routed[0] == (byte) 0xC3 && routed[1] == 0x01;
            return avro
                    ? RecordJson.of(Topics.DEFAULT
                            .articles()
                            .valueSerde()
                            .deserializer()
                            .deserialize(record.topic(), routed))
                    : JSON.readTree(routed);
        }
        return value == null ? NullNode.getInstance() : RecordJson.of((IndexedRecord) value);
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> client) {
        return new KafkaConsumer<>(TopicReader.consumerProperties(client), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }
}
