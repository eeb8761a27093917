package io.newsflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchState;
import io.newsflow.schemas.avro.FrontierEntry;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Story;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Guards the contract: released schemas never change, and each version is compatible both ways with the last. */
class ReleasedSchemasTest {

    static Stream<Schema> currentSchemas() {
        return Stream.of(RawArticle.getClassSchema(), Article.getClassSchema(), DeadLetter.getClassSchema(),
                FetchState.getClassSchema(), Mention.getClassSchema(), Story.getClassSchema(),
                FrontierEntry.getClassSchema());
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void releasedFilesMatchTheirPinnedFingerprints(Schema current) {
        for (ReleasedSchemas.Version version : ReleasedSchemas.of(current.getName())) {
            assertThat(Long.toHexString(version.fingerprint()))
                    .as("%s v%d was edited after release; release a new version instead", version.record(), version.number())
                    .isEqualTo(Long.toHexString(version.pinnedFingerprint()));
        }
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void currentSchemaIsTheLatestReleasedVersion(Schema current) {
        List<ReleasedSchemas.Version> versions = ReleasedSchemas.of(current.getName());
        assertThat(Long.toHexString(SchemaNormalization.parsingFingerprint64(current)))
                .as("src/main/avro/%s.avsc differs from its latest released version: release it as v%d (see docs/consumers.md)",
                        current.getName(), versions.size() + 1)
                .isEqualTo(Long.toHexString(versions.get(versions.size() - 1).pinnedFingerprint()));
        assertThat(versions.get(versions.size() - 1).schema().toString()).isEqualTo(current.toString());
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void everyVersionIsMutuallyCompatibleWithThePreviousOne(Schema current) {
        List<ReleasedSchemas.Version> versions = ReleasedSchemas.of(current.getName());
        for (int i = 1; i < versions.size(); i++) {
            assertMutuallyCompatible(versions.get(i - 1).schema(), versions.get(i).schema());
        }
    }

    static void assertMutuallyCompatible(Schema older, Schema newer) {
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(newer, older).getType())
                .as("new readers must read old data").isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(older, newer).getType())
                .as("old readers must read new data").isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }
}
