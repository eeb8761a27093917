package io.newsflow.app.sample;

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
}
