package io.newsflow.ingest.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The archive files that replay arguments name: files as given, directories walked for archives, in name order. */
public final class ArchiveFiles {

    private ArchiveFiles() {}

    /**
     * Every archive the paths name, each once, in argument order (a directory's archives sorted by path).
     *
     * @throws IllegalArgumentException when a path does not exist, a named file is not an archive, or nothing is found
     */
    public static List<Path> list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else if (Files.isRegularFile(path)) {
                ArchiveReader.forFile(path);
                files.add(path);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + path);
            }
        }
        List<Path> distinct = files.stream().map(Path::toAbsolutePath).map(Path::normalize).distinct().toList();
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("no archive (.warc, .warc.gz, .jsonl, .jsonl.gz) in " + paths);
        }
        return distinct;
    }

    private static List<Path> walk(Path directory) {
        try (Stream<Path> tree = Files.walk(directory)) {
            return tree.filter(Files::isRegularFile).filter(ArchiveReader::isArchive).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
