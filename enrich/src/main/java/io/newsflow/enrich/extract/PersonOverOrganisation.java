package io.newsflow.enrich.extract;

import java.util.List;
import java.util.function.Supplier;

/**
 * A person named in the author meta tags over an organisation the first source credits: business blogs show the
 * company in the byline element ("Thomson Reuters Tax &amp; Accounting", linked to its author page) and name the
 * writer in {@code <meta name="author">}. Whether a credit reads as an organisation's or a person's name is
 * {@link PersonNameLists}'s to say. Only a person the lists know replaces the credit: a meta tag naming the site,
 * an account or an unknown name leaves the byline's organisation standing.
 */
final class PersonOverOrganisation {

    private PersonOverOrganisation() {}

    /** {@code meta}'s names when {@code named} are all organisations and they all read as persons; else {@code named}. */
    static List<String> chosen(List<String> named, Supplier<List<String>> meta) {
        if (!named.stream().allMatch(name -> PersonNameLists.readsAsOrganisation(name.split(" ")))) {
            return named;
        }
        List<String> persons = meta.get();
        return !persons.isEmpty() && persons.stream().allMatch(name -> PersonNameLists.readsAsPerson(name.split(" ")))
                ? persons : named;
    }
}
