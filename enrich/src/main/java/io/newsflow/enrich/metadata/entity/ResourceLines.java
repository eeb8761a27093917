package io.newsflow.enrich.metadata.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The entries of one of the recognizer's list files: its stripped lines, without blank lines and # comments. */
final class ResourceLines {

    private ResourceLines() {}

    /**
     * @param resource the file, next to this class in the jar
     * @param what what the file is, for the error when it is missing from the jar ("gazetteer", "name list")
     */
    static List<String> read(String resource, String what) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + what + " " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + resource, e);
        }
        return lines;
    }
}
