package io.newsflow.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.app.dlq.DeadLetterReader;
import io.newsflow.app.dlq.StoredDeadLetter;
import io.newsflow.runtime.json.RecordJson;
import io.newsflow.app.pipeline.NewsflowConfig;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow dlq show P:O}: one dead letter in full. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description =
                "Print one dead letter in full as JSON: fields, headers with the stack trace,"
                        + " and the original record decoded when it still decodes.")
public final class DlqShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PARTITION:OFFSET", description = "Where the dead letter is, e.g. 2:17.")
    String coordinates;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!coordinates.matches("\\d+:\\d+")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "expected PARTITION:OFFSET such as 2:17, got '" + coordinates + "'");
        }
        NewsflowConfig settings = cluster.settings();
        AtomicReference<StoredDeadLetter> found = new AtomicReference<>();
        try (KafkaTarget target = KafkaTarget.open(cluster.kafka())) {
            DeadLetterReader.forEach(settings.clientProperties(target.bootstrapServers()),
                    settings.topics().deadLetters(), stored -> {
                        if (stored.coordinates().equals(coordinates)) {
                            found.set(stored);
                        }
                    });
        }
        if (found.get() == null) {
            throw new IllegalArgumentException("no dead letter at " + coordinates + " on "
                    + settings.topics().deadLetters().name());
        }
        spec.commandLine().getOut().println(RecordJson.pretty(json(found.get(), settings.topics())));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static ObjectNode json(StoredDeadLetter stored, Topics topics) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("coordinates", stored.coordinates());
        json.put("timestamp", stored.timestamp().toString());
        ObjectNode headers = json.putObject("headers");
        for (Header header : stored.headers()) {
            headers.put(
                    header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        DeadLetter letter = stored.letter();
        json.set("deadLetter", letter == null ? null : RecordJson.of(letter));
        if (letter != null && letter.getOriginalValue() != null && stored.sourceTopic().isPresent()) {
            json.set("original", original(letter, stored.sourceTopic().get(), topics));
        }
        return json;
    }

    private static ObjectNode original(DeadLetter letter, String sourceTopic, Topics topics) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        byte[] value = new byte[letter.getOriginalValue().remaining()];
        letter.getOriginalValue().duplicate().get(value);
        try {
            Object decoded = topics.byName(sourceTopic).valueSerde().deserializer().deserialize(sourceTopic, value);
            json.set("value", RecordJson.of((IndexedRecord) decoded));
        } catch (SerializationException | IllegalArgumentException e) {
            // show reports what it cannot decode rather than failing: the bytes are in deadLetter.originalValue
            json.put("error", e.getMessage());
        }
        return json;
    }
}
