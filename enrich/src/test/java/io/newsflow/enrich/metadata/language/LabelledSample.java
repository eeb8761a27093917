package io.newsflow.enrich.metadata.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One text of the hand-labelled language set in {@code language/labelled.tsv}. */
record LabelledSample(String language, boolean title, String text) {

    static final String RESOURCE = "/language/labelled.tsv";

    static List<LabelledSample> load() {
        List<LabelledSample> samples = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(LabelledSample.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                if (fields.length != 3 || !(fields[1].equals("title") || fields[1].equals("body"))) {
                    throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                }
                samples.add(new LabelledSample(fields[0], fields[1].equals("title"), fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
        return List.copyOf(samples);
    }

    static List<String> languages(List<LabelledSample> samples) {
        return samples.stream().map(LabelledSample::language).distinct().toList();
    }
}
