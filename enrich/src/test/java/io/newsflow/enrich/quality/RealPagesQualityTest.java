package io.newsflow.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The quality gate on real third-party pages: scores newsflow, as the enrich topology runs it, on the fundus and
 * trafilatura pages committed in {@code src/test/resources/real/} (MEASURE items of those sets; see eval/README.md)
 * with the same measures as {@code newsflow bench quality}, writes {@code target/real-pages-quality.md}, and fails
 * when a figure drops below its floor in {@code real-floors.properties}.
 */
class RealPagesQualityTest {

    static final Path REPORT = Path.of("target", "real-pages-quality.md");

    @Test
    void realPagesScoreAboveTheirFloors() throws IOException {
        List<RealPage> pages = RealPage.all();
        assertThat(pages).as("committed real pages").hasSizeGreaterThanOrEqualTo(40);
        PipelineExtraction pipeline = new PipelineExtraction(EnrichConfig.load(Map.of()).minBodyChars());
        Map<String, RealPagesTally> sets = new LinkedHashMap<>();
        for (RealPage page : pages) {
            byte[] html = page.html();
            PipelineOutcome outcome = pipeline.run(html, page.url(), page.fetchTime());
            sets.computeIfAbsent(page.set(), RealPagesTally::new).add(page, PageScores.of(page.gold(), outcome.predicted(), html));
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        sets.values().forEach(tally -> figures.putAll(tally.figures()));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report(sets, figures), StandardCharsets.UTF_8);

        Properties floors = floors();
        assertThat(floors.stringPropertyNames()).as("a floor for every figure").containsAll(figures.keySet());
        List<String> below = new ArrayList<>();
        figures.forEach((key, value) -> {
            if (value < Double.parseDouble(floors.getProperty(key))) {
                below.add(String.format(Locale.ROOT, "%s = %.4f < floor %s", key, value, floors.getProperty(key)));
            }
        });
        assertThat(below).as("figures below their floors (see " + REPORT + ")").isEmpty();
    }

    private static String report(Map<String, RealPagesTally> sets, Map<String, Double> figures) {
        StringBuilder md = new StringBuilder("# newsflow on the committed real pages\n\n| figure | value |\n|---|---|\n");
        figures.forEach((key, value) -> md.append(String.format(Locale.ROOT, "| %s | %.4f |%n", key, value)));
        sets.forEach((set, tally) -> md.append("\n").append(set).append(": ").append(tally.pages())
                .append(" pages; rejected articles: ").append(tally.rejected()).append('\n'));
        return md.toString();
    }

    private Properties floors() throws IOException {
        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/real-floors.properties")) {
            assertThat(in).as("real-floors.properties").isNotNull();
            floors.load(in);
        }
        return floors;
    }
}
