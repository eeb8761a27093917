package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final AvroSerde<RawArticle> serde = AvroSerde.forType(RawArticle.class);

    @Test
    void roundTripsARecordInSingleObjectEncoding() {
        RawArticle article = rawArticle();

        byte[] bytes = serde.serialize("t", article);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(fingerprint).isEqualTo(SchemaNormalization.parsingFingerprint64(RawArticle.getClassSchema()));
        assertThat(serde.deserialize("t", bytes)).isEqualTo(article);
    }

    @Test
    void decodesRecordsWrittenWithAnOlderSchemaVersion() throws IOException {
        // v0 is what RawArticle looked like before it gained `truncated` and `charset`: a record an old producer wrote.
        Schema older = parse("/RawArticle.v0-test.avsc");
        GenericRecord old = new GenericData.Record(older);
        old.put("id", "abc");
        old.put("url", "https://example.org/a");
        old.put("finalUrl", "https://example.org/a");
        GenericRecord discovery = new GenericData.Record(older.getField("discovery").schema());
        discovery.put("method", new GenericData.EnumSymbol(discovery.getSchema().getField("method").schema(), "FEED"));
        discovery.put("newsKeywords", java.util.List.of());
        old.put("discovery", discovery);
        old.put("fetchedAt", 1_690_357_260_000L);
        old.put("httpStatus", 200);
        old.put("body", ByteBuffer.wrap("<html>".getBytes(StandardCharsets.UTF_8)));
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(old);
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());

        assertThatThrownBy(() -> serde.deserialize("t", bytes))
                .as("an unknown writer schema is an error, not garbage")
                .isInstanceOf(SerializationException.class);

        RawArticle decoded = AvroSerde.forType(RawArticle.class).readingAlso(older).deserialize("t", bytes);
        assertThat(decoded.getId()).isEqualTo("abc");
        assertThat(decoded.getFetchedAt()).isEqualTo(Instant.ofEpochMilli(1_690_357_260_000L));
        assertThat(decoded.getTruncated()).as("default of the field v0 lacked").isFalse();
        assertThat(decoded.getCharset()).isNull();
        assertThat(decoded.getDiscovery().getMethod()).isEqualTo(DiscoveryMethod.FEED);
    }

    @Test
    void rejectsBytesThatAreNotASingleObjectEncodedRecord() {
        assertThatThrownBy(() -> serde.deserialize("raw", "<html>not avro</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot decode RawArticle");
        byte[] truncated = Arrays.copyOf(serde.serialize("t", rawArticle()), 14);
        assertThatThrownBy(() -> serde.deserialize("raw", truncated)).isInstanceOf(SerializationException.class);
    }

    @Test
    void keepsNullForTombstones() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void decodesGeneratedClassesWithoutAnySystemProperty() {
        AvroSerde<DeadLetter> dlq = AvroSerde.forType(DeadLetter.class);
        DeadLetter letter = DeadLetter.newBuilder()
                .setReason("UNDECODABLE_RECORD").setStage("enrich").setFailedAt(Instant.ofEpochMilli(5))
                .setOriginalValue(ByteBuffer.wrap(new byte[] {1, 2, 3})).build();
        assertThat(System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES")).isNull();
        assertThat(dlq.deserialize("d", dlq.serialize("d", letter))).isEqualTo(letter);
    }

    static RawArticle rawArticle() {
        return RawArticle.newBuilder()
                .setId("0123")
                .setUrl("https://example.org/a?utm_source=x")
                .setFinalUrl("https://example.org/a")
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).setSourceUrl("urls.txt").build())
                .setFetchedAt(Instant.ofEpochMilli(1_690_357_260_000L))
                .setHttpStatus(200)
                .setContentType("text/html; charset=utf-8")
                .setCharset("utf-8")
                .setBody(ByteBuffer.wrap("<html><p>Hallo</p></html>".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private static Schema parse(String resource) throws IOException {
        try (InputStream in = AvroSerdeTest.class.getResourceAsStream(resource)) {
            return new Schema.Parser().parse(in);
        }
    }
}
