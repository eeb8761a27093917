package io.newsflow.app.cli.bench.quality;

import io.newsflow.enrich.extract.PageParser;
import io.newsflow.enrich.quality.GoldAuthors;
import io.newsflow.enrich.quality.PipelineExtraction;
import io.newsflow.enrich.quality.Predicted;
import java.util.List;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jspecify.annotations.Nullable;

/**
 * Readability4J 1.0.8 (the Java port of Mozilla's Readability.js) on the same page, decoded by the same
 * {@link PageParser}: text content, title and byline; it gives no publication date and no verdict.
 */
final class ReadabilityRunner {

    /** "By", "Von", "Par", "Por" opening a byline: not part of a name. */
    private static final Pattern BY = Pattern.compile("(?iu)^\\s*(?:by|von|par|por|di|door|av|af)\\s+");

    Predicted run(byte[] html, @Nullable String url) {
        String base = url != null ? url : PipelineExtraction.PLACEHOLDER_URL;
        Article article = new Readability4J(base, PageParser.parse(html, null, base)).parse();
        String body = article.getTextContent() == null ? "" : article.getTextContent();
        String title = article.getTitle() == null ? "" : article.getTitle();
        return new Predicted(body, title, authors(article.getByline()), null, false, null);
    }

    /** The byline's names, split as gold author strings are. */
    static List<String> authors(@Nullable String byline) {
        return byline == null ? List.of() : GoldAuthors.split(BY.matcher(byline).replaceFirst(""));
    }
}
