package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trailing author/agency note such as {@code "(bohy mit Agenturen)"} or {@code "(dpa/AFP)"}, split off the last
 * paragraph.
 *
 * @param note the text inside the parentheses
 * @param remainder the paragraph without the note, possibly empty
 */
record AgencyNote(String note, String remainder) {

    /** News agencies and the words for "agencies"; a parenthetical holding one of them is a note. */
    static final TokenSet AGENCY_WORDS = TokenSet.of(
            "agency words",
            "dpa", "afp", "ap", "reuters", "kna", "epd", "sid", "apa", "sda", "ats", "ansa", "efe", "anp", "belga",
            "tt", "ntb", "ritzau", "pap", "ctk", "mti", "tass", "xinhua", "kyodo", "yonhap", "bloomberg", "dts",
            "afx", "upi", "pa", "agenturen", "agentur", "agencies", "agency", "agences", "agence", "agencias",
            "agencia", "agenzie", "agenzia", "agências", "wires");

    /** Words for "agencies" in general, which name no agency. */
    static final TokenSet GENERIC_AGENCY_WORDS = TokenSet.of(
            "generic agency words", "agenturen", "agentur", "agencies", "agency", "agences", "agence", "agencias",
            "agencia", "agenzie", "agenzia", "agências", "wires");

    private static final Pattern TRAILING_PARENTHETICAL = Pattern.compile("\\s*\\(([^()]{1,80})\\)\\.?\\s*$");

    /** Editor initials alone, e.g. {@code "bohy"} or {@code "jto/mke"}. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Ll}{2,5}(?:\\s*[/,]\\s*\\p{Ll}{2,5})*");

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private static final Pattern NOTE_PARTS = Pattern.compile("\\s*[/,;]\\s*");

    private static final Pattern NOTE_WORDS = Pattern.compile("\\s*[/,;]\\s*|\\s+");

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^\\p{P}+|\\p{P}+$");

    /** A whole line of agency names and editor initials: "dpa-AFX/ndr/bre", "AFP, Reuters". */
    private static final Pattern NOTE_LINE = Pattern.compile("[\\p{L}-]{2,12}(?:\\s*[/,;]\\s*[\\p{L}-]{2,12}){0,5}");

    private static final int MAX_NOTE_LINE_CHARS = 60;

    static Optional<AgencyNote> find(String paragraph) {
        if (paragraph.length() <= MAX_NOTE_LINE_CHARS
                && NOTE_LINE.matcher(paragraph).matches()
                && isNoteLine(paragraph)) {
            return Optional.of(new AgencyNote(paragraph.strip(), ""));
        }
        Matcher matcher = TRAILING_PARENTHETICAL.matcher(paragraph);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String inner = matcher.group(1).strip();
        if (!INITIALS.matcher(inner).matches() && !mentionsAgency(inner)) {
            return Optional.empty();
        }
        return Optional.of(new AgencyNote(inner, paragraph.substring(0, matcher.start()).strip()));
    }

    /** Every part is an agency (its pieces split on "-") or lower-case initials, and one part is an agency. */
    private static boolean isNoteLine(String line) {
        boolean agency = false;
        for (String part : NOTE_PARTS.split(line)) {
            boolean isAgency = mentionsAgency(part) && part.chars().noneMatch(Character::isWhitespace);
            if (!isAgency && !INITIALS.matcher(part).matches()) {
                return false;
            }
            agency |= isAgency;
        }
        return agency;
    }

    /** The agencies named in a note, as written: "dpa-AFX/ndr/bre" gives "dpa-AFX", "bohy mit Agenturen" none. */
    static List<String> agencies(String note) {
        List<String> agencies = new ArrayList<>();
        for (String part : NOTE_WORDS.split(note)) {
            Matcher words = WORD.matcher(part);
            if (words.find() && AGENCY_WORDS.contains(words.group().toLowerCase(Locale.ROOT))
                    && !GENERIC_AGENCY_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
                agencies.add(EDGE_PUNCTUATION.matcher(part).replaceAll(""));
            }
        }
        return agencies;
    }

    private static boolean mentionsAgency(String text) {
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (AGENCY_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
