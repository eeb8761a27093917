package io.newsflow.enrich.metadata.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.metadata.language.LanguageDetector;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Cost of language detection plus entity recognition per article on one thread, and heap after loading both, over
 * the evaluation articles joined into 4 KB articles per language. Run from the enrich module after test-compile:
 *
 * <pre>
 * ../mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx300m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.newsflow.enrich.metadata.entity.EntityBenchmark
 * </pre>
 */
public final class EntityBenchmark {

    private static final int ARTICLE_CHARS = 4096;
    private static final int WARMUP_ROUNDS = 30;
    private static final int ROUNDS = 100;
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk",
            "tr", "ar", "zh", "ja", "ko", "hi", "sv", "da", "nb", "fi", "cs", "el", "he", "id", "ro", "hu", "fa", "vi");

    private record Article(String title, String body) {
    }

    private EntityBenchmark() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        long before = usedHeap();
        LanguageDetector languages = new LanguageDetector(LANGUAGES);
        EntityRecognizer entities = new EntityRecognizer();
        long heap = usedHeap();
        List<Article> articles = articles();
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            articles.forEach(a -> enrich(languages, entities, a));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[ROUNDS * articles.size()];
        long[] cpu = new long[nanos.length];
        long[] languageCpu = new long[nanos.length];
        int n = 0;
        for (int i = 0; i < ROUNDS; i++) {
            for (Article article : articles) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                String language = languages.detect(article.title() + "\n" + article.body()).orElseThrow().code();
                languageCpu[n] = threads.getCurrentThreadCpuTime() - cpuStart;
                entities.recognize(article.title(), article.body(), language);
                nanos[n] = System.nanoTime() - start;
                cpu[n++] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        System.out.printf(Locale.ROOT, "language+entities: %d articles of %d chars x %d rounds, one thread; "
                        + "heap after loading models %d MB (JVM baseline before %d MB)%n%s%n%s%n%s%n", articles.size(),
                ARTICLE_CHARS, ROUNDS, heap / (1024 * 1024), before / (1024 * 1024), stats("wall", nanos),
                stats("cpu ", cpu), stats("cpu, language only", languageCpu));
    }

    private static String stats(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "  %s time: mean %.2f ms, p50 %.2f ms, p99 %.2f ms", label,
                Arrays.stream(sorted).average().orElseThrow() / 1e6, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    private static void enrich(LanguageDetector languages, EntityRecognizer entities, Article article) {
        String language = languages.detect(article.title() + "\n" + article.body()).orElseThrow().code();
        entities.recognize(article.title(), article.body(), language);
    }

    /** The evaluation articles of each language joined into bodies of 4 KB. */
    private static List<Article> articles() throws IOException, URISyntaxException {
        Path dir = Path.of(EntityBenchmark.class.getResource("/entities/eval").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        String title = null;
        String language = null;
        for (Path file : files) {
            JsonNode node = json.readTree(file.toFile());
            if (!node.get("language").asText().equals(language)) {
                body.setLength(0);
                language = node.get("language").asText();
            }
            title = title == null ? node.get("title").asText() : title;
            body.append(node.get("body").asText()).append("\n\n");
            if (body.length() >= ARTICLE_CHARS) {
                articles.add(new Article(title, body.substring(0, body.lastIndexOf(" ", ARTICLE_CHARS))));
                body.setLength(0);
                title = null;
            }
        }
        return articles;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
