package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CachingNameFinderTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void findsTheSameNamesWithTheSameProbabilitiesAsOpenNlpsOwnFinder(String language) throws Exception {
        TokenNameFinderModel model = model(language);
        NameFinderME plain = new NameFinderME(model);
        NameFinderME caching = new CachingNameFinder(model);
        int names = 0;
        for (String body : bodies()) {
            plain.clearAdaptiveData();
            caching.clearAdaptiveData();
            for (String sentence : body.split("(?<=[.!?])\\s+")) {
                String[] tokens = sentence.split("\\s+");
                Span[] expected = plain.find(tokens, context(tokens));
                Span[] actual = caching.find(tokens.clone(), context(tokens));
                assertThat(actual).as(sentence).containsExactly(expected);
                assertThat(caching.probs()).as(sentence).containsExactly(plain.probs());
                names += expected.length;
            }
        }
        assertThat(names).as("the texts hold names, so the comparison compares something").isGreaterThan(20);
    }

    /** Additional context shaped like {@link NameFeatures}': a part of speech for every word, a rule type for some. */
    private static String[][] context(String[] tokens) {
        String[] pos = Arrays.stream(tokens).map(CachingNameFinderTest::pos).toArray(String[]::new);
        String[][] context = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            context[i] = pos[i].equals("PROPN")
                    ? new String[] {"p=PROPN", "pp=" + (i > 0 ? pos[i - 1] : "BOS"), "r=PERSON1b", "rt=PERSON"}
                    : new String[] {"p=" + pos[i], "pp=" + (i > 0 ? pos[i - 1] : "BOS")};
        }
        return context;
    }

    private static String pos(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) ? "PROPN" : "NOUN";
    }

    private static TokenNameFinderModel model(String language) throws IOException {
        try (InputStream in = NameModel.class.getResourceAsStream("ner-" + language + ".bin.gz")) {
            return new TokenNameFinderModel(new GZIPInputStream(in));
        }
    }

    private static List<String> bodies() throws IOException, URISyntaxException {
        Path golden = Path.of(CachingNameFinderTest.class.getResource("/golden").toURI());
        try (Stream<Path> files = Files.walk(golden)) {
            List<String> bodies = files.filter(file -> file.getFileName().toString().equals("body.txt")).sorted()
                    .map(CachingNameFinderTest::read).toList();
            assertThat(bodies).hasSizeGreaterThan(20);
            return bodies;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
