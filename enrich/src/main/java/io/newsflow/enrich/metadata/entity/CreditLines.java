package io.newsflow.enrich.metadata.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of a body that are about the article, not in it: contributor credits ("Reporting by Jane Doe; Editing by
 * John Roe", "Mitarbeit: Anna Schmidt"), image credits ("Foto: Max Muster/dpa", "Photo: Getty Images") and author
 * bios ("Jane Doe is a reporter for …", "Anna Schmidt ist Redakteurin …"). Their names are not what the article is
 * about, so entity recognition does not read them. The patterns are named data; a line matches when it starts with
 * one of them (the bio pattern: a short name, then "is/ist" and a journalist's role within the line).
 */
final class CreditLines {

    /** Beginnings of credit lines, case-insensitive. */
    static final List<Pattern> CREDITS = List.of(
            Pattern.compile("(?i)^\\(?(additional )?(reporting|writing|editing|research|graphics?|video|compiled|"
                    + "produced|translated|fact-checking) (by|from)\\b"),
            Pattern.compile("(?i)^\\(?(mitarbeit|redaktion|recherche|text|grafik|übersetzung|mit material von)\\s*:"),
            Pattern.compile("(?i)^\\(?(foto|fotos|bild|bilder|photo|photos|image|images|picture|credit|quelle|"
                    + "source|illustration|titelbild|symbolbild|copyright|©)\\s*[:©]"),
            Pattern.compile("^©"),
            Pattern.compile("(?i)^(contact|kontakt|follow|folgen sie|write to|email|e-mail|twitter)\\b.{0,60}(@|:)"));

    /** An author bio: up to four capitalised words, "is"/"ist", then a journalist's role. */
    static final Pattern BIO =
            Pattern.compile("^(\\p{Lu}[\\p{L}.'-]+ ){1,3}\\p{Lu}[\\p{L}'-]+ (is|ist|was|war) ((a|an|the|"
                    + "ein|eine|der|die|seit) )?[^.\\n]{0,80}?"
                    + "\\b(reporter|correspondent|editor|writer|journalist|columnist|"
                    + "contributor|author|Korrespondent|Korrespondentin|Redakteur|Redakteurin|"
                    + "Reporter|Reporterin|Autor|Autorin|"
                    + "Journalist|Journalistin|Kolumnist|Kolumnistin)");

    private CreditLines() {
    }

    /**
     * {@code body} with every credit or bio line blanked (spaces, so offsets stay valid); the same string when none.
     */
    static String blank(String body) {
        StringBuilder out = null;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String line = body.substring(start, end).strip();
            if (!line.isEmpty() && credit(line)) {
                out = out == null ? new StringBuilder(body) : out;
                for (int i = start; i < end; i++) {
                    out.setCharAt(i, ' ');
                }
            }
            start = end + 1;
        }
        return out == null ? body : out.toString();
    }

    static boolean credit(String line) {
        for (Pattern pattern : CREDITS) {
            if (pattern.matcher(line).find()) {
                return true;
            }
        }
        Matcher bio = BIO.matcher(line);
        return bio.find();
    }
}
