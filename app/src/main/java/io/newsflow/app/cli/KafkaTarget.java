package io.newsflow.app.cli;

import io.newsflow.app.kafka.EmbeddedKafka;
import org.jspecify.annotations.Nullable;

/** The cluster a command talks to: a given one, or an embedded broker that lives as long as this object. */
public final class KafkaTarget implements AutoCloseable {

    private final @Nullable EmbeddedKafka embedded;
    private final String bootstrapServers;
    private boolean closed;

    private KafkaTarget(@Nullable EmbeddedKafka embedded, String bootstrapServers) {
        this.embedded = embedded;
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaTarget open(KafkaOptions options) {
        if (!options.embedded()) {
            return new KafkaTarget(null, options.bootstrapServers());
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(options.dataDir().resolve("kafka").toAbsolutePath());
        return new KafkaTarget(kafka, kafka.bootstrapServers());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the embedded broker, if there is one; idempotent. */
    @Override
    public synchronized void close() {
        if (embedded != null && !closed) {
            closed = true;
            embedded.close();
        }
    }
}
