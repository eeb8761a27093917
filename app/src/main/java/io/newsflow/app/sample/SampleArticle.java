package io.newsflow.app.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An article of the sample site.
 *
 * @param path its path on the site, without the leading slash
 * @param title its headline
 * @param language its language, ISO 639-1
 */
public record SampleArticle(String path, String title, String language) {

    /** Its URL on a site served at {@code base}. */
    public String url(String base) {
        return base + "/" + path;
    }

    /** The page as the site serves it. */
    public byte[] html() {
        try (InputStream in = SampleArticle.class.getResourceAsStream("/io/newsflow/app/sample-site/" + path)) {
            if (in == null) {
                throw new IllegalStateException("the sample site's page " + path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample site's page " + path, e);
        }
    }
}
