package io.newsflow.enrich.extract;

import io.newsflow.enrich.metadata.entity.ShippedNameLists;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A person named in the author meta tags over an organisation the first source credits: business blogs show the
 * company in the byline element ("Thomson Reuters Tax &amp; Accounting", linked to its author page) and name the
 * writer in {@code <meta name="author">}. A credit reads as an organisation when its first word is no listed first
 * name and a word of it is a common word ("Tax", "Team") or the whole a listed organisation; a name reads as a
 * person's by {@link PersonNameLists}. Only a person the lists know replaces the credit: a meta tag naming the site,
 * an account or an unknown name leaves the byline's organisation standing.
 */
final class PersonOverOrganisation {

    private PersonOverOrganisation() {}

    /** {@code meta}'s names when {@code named} are all organisations and they all read as persons; else {@code named}. */
    static List<String> chosen(List<String> named, Supplier<List<String>> meta) {
        if (!named.stream().allMatch(PersonOverOrganisation::readsAsOrganisation)) {
            return named;
        }
        List<String> persons = meta.get();
        return !persons.isEmpty() && persons.stream().allMatch(name -> PersonNameLists.readsAsPerson(name.split(" ")))
                ? persons : named;
    }

    /** Whether {@code credit} reads as an organisation's name rather than a person's. */
    static boolean readsAsOrganisation(String credit) {
        String[] words = credit.toLowerCase(Locale.ROOT).split(" ");
        if (ShippedNameLists.firstName(words[0])) {
            return false; // "Emily Way": a first name before a common word is still a person
        }
        for (String word : words) {
            if (ShippedNameLists.commonWord(word)) {
                return true;
            }
        }
        return ShippedNameLists.organisation(String.join(" ", words));
    }
}
