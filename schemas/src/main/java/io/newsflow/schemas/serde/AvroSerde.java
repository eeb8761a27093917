package io.newsflow.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Serde for a generated Avro record in Avro's single-object encoding: {@code C3 01}, the writer schema's 8-byte
 * CRC-64-AVRO fingerprint, then the binary datum.
 *
 * <p>There is no schema registry: the reader finds the writer schema among the {@link ReleasedSchemas released
 * versions} by fingerprint and resolves it to the current schema, so records written by older producers stay
 * readable. A record whose fingerprint is unknown or whose bytes are not a datum fails with a
 * {@link SerializationException}, which Kafka Streams routes to the dead-letter topic. Null stays null (tombstones).
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    static {
        TrustedRecords.ensure();
    }

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(Class<T> type, Schema current, SchemaStore store) {
        SpecificData model = SpecificData.getForClass(type);
        this.type = type;
        this.encoder = new BinaryMessageEncoder<>(model, current);
        this.decoder = new BinaryMessageDecoder<>(model, current, store);
    }

    /** A serde for {@code type} that reads every released version of its schema. */
    public static <T extends SpecificRecord> AvroSerde<T> forType(Class<T> type) {
        AvroSerde<T> serde = of(type, fingerprint -> null);
        ReleasedSchemas.of(type.getSimpleName()).forEach(version -> serde.decoder.addSchema(version.schema()));
        return serde;
    }

    /** A serde for {@code type} that also resolves writer schemas through {@code store}. */
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, SchemaStore store) {
        return new AvroSerde<>(type, SpecificData.get().getSchema(type), store);
    }

    /** Also read records written with {@code writer}. */
    public AvroSerde<T> readingAlso(Schema writer) {
        decoder.addSchema(writer);
        return this;
    }

    @Override
    public byte @Nullable [] serialize(String topic, @Nullable T record) {
        if (record == null) {
            return null;
        }
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | AvroRuntimeException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + " for topic " + topic, e);
        }
    }

    @Override
    public @Nullable T deserialize(String topic, byte @Nullable [] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            // garbage bytes surface as any runtime exception (negative lengths, bad unions); all mean "undecodable"
            throw new SerializationException(
                    "cannot decode " + type.getSimpleName() + " from " + bytes.length + " bytes on topic " + topic
                            + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the schemas are fixed by the generated class and the released versions
    }

    @Override
    public void close() {
        // nothing to release: encoder and decoder hold only schemas and thread-local buffers
    }
}
