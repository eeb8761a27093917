package io.newsflow.schemas.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Every released version of every record schema, read from {@code io/newsflow/schemas/history/} on the classpath.
 *
 * <p>{@code released.properties} there names, per record, how many versions were released and pins each one's
 * CRC-64-AVRO fingerprint; {@code <Record>.v<N>.avsc} holds each version, fully expanded. Released files are never
 * edited: a schema change is released by adding the next version (see docs/consumers.md).
 */
public final class ReleasedSchemas {

    private static final String HISTORY = "/io/newsflow/schemas/history/";
    private static final Properties INDEX = load();

    private ReleasedSchemas() {}

    /** A released version of a record schema and the fingerprint pinned for it. */
    public record Version(String record, int number, Schema schema, long pinnedFingerprint) {

        /**
         * The fingerprint computed from the schema file; equals {@link #pinnedFingerprint} unless the file was edited.
         */
        public long fingerprint() {
            return SchemaNormalization.parsingFingerprint64(schema);
        }
    }

    /**
     * The released versions of a record, oldest first.
     *
     * @throws IllegalStateException when the record has no released version
     */
    public static List<Version> of(String record) {
        String count = INDEX.getProperty(record + ".versions");
        if (count == null) {
            throw new IllegalStateException(
                    "no released versions of " + record + " in " + HISTORY + "released.properties");
        }
        List<Version> versions = new ArrayList<>();
        for (int n = 1; n <= Integer.parseInt(count); n++) {
            String fingerprint = INDEX.getProperty(record + ".v" + n + ".fingerprint");
            if (fingerprint == null) {
                throw new IllegalStateException("no pinned fingerprint for " + record + " v" + n);
            }
            versions.add(new Version(
                    record, n, parse(record + ".v" + n + ".avsc"), Long.parseUnsignedLong(fingerprint, 16)));
        }
        return List.copyOf(versions);
    }

    private static Schema parse(String file) {
        try (InputStream in = ReleasedSchemas.class.getResourceAsStream(HISTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("released schema " + HISTORY + file + " is missing");
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read released schema " + file, e);
        }
    }

    private static Properties load() {
        Properties index = new Properties();
        try (InputStream in = ReleasedSchemas.class.getResourceAsStream(HISTORY + "released.properties")) {
            if (in == null) {
                throw new IllegalStateException(HISTORY + "released.properties is missing");
            }
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HISTORY + "released.properties", e);
        }
        return index;
    }
}
