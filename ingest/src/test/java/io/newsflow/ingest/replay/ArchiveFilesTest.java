package io.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveFilesTest {

    @TempDir
    Path dir;

    @Test
    void walksDirectoriesForArchivesInNameOrderAndKeepsNamedFiles() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("2019"));
        Path b = Files.createFile(sub.resolve("b.warc.gz"));
        Path a = Files.createFile(sub.resolve("a.warc"));
        Files.createFile(sub.resolve("README.txt"));
        Path dump = Files.createFile(dir.resolve("dump.jsonl"));

        assertThat(ArchiveFiles.list(List.of(dump, dir)))
                .containsExactly(dump.toAbsolutePath(), a.toAbsolutePath(), b.toAbsolutePath());
    }

    @Test
    void refusesMissingPathsAndDirectoriesWithoutArchives() throws IOException {
        assertThatThrownBy(() -> ArchiveFiles.list(List.of(dir.resolve("missing.warc.gz"))))
                .hasMessageContaining("no such file or directory").hasMessageContaining("missing.warc.gz");
        Files.createFile(dir.resolve("notes.txt"));
        assertThatThrownBy(() -> ArchiveFiles.list(List.of(dir))).hasMessageContaining("no archive");
    }
}
