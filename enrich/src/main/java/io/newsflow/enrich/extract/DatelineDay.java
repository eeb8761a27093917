package io.newsflow.enrich.extract;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a press release's dateline writes where the text opens: "Karlsruhe, (12.11.2021). Traditionell ...",
 * "Berlin, 3. Mai 2022 – Die ...", "Bonn (12.11.2021) – ...". Press offices and agencies date their releases in
 * the first line of the text instead of a header; the page states its day nowhere else. A standfirst may come before
 * it, so the first two paragraphs are read.
 */
final class DatelineDay {

    /**
     * The place (one to four capitalised words), then the date: after a comma, or in parentheses, or opening with a
     * digit; the date opens with a digit or a capital (a month's name) and is followed by a full stop, colon or dash.
     */
    private static final Pattern OPENING = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\p{M}'’./-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’./-]*){0,3}"
                    + "(?:,\\s*\\(?|\\s*\\(|\\s+(?=\\d))"
                    + "([\\p{Lu}\\d][\\p{L}\\d., ]{5,28}?)\\)?\\s*(?:[.:]\\s|[–—-]\\s)");

    private static final int PARAGRAPHS_READ = 2;

    private DatelineDay() {}

    /** The date text of the dateline opening one of the first paragraphs, if one opens with a place and a date. */
    static Optional<String> text(List<BodyBlock> blocks) {
        int read = 0;
        for (BodyBlock block : blocks) {
            if (block.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            Matcher m = OPENING.matcher(block.text());
            if (m.find() && DateTextParser.parse(m.group(1), ZoneOffset.UTC).isPresent()) {
                return Optional.of(m.group(1).strip());
            }
            if (++read == PARAGRAPHS_READ) {
                break;
            }
        }
        return Optional.empty();
    }
}
