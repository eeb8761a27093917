package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Picks the authors from their competing sources: JSON-LD persons, byline elements, a byline paragraph in the body,
 * author meta tags (including {@code citation_author} and a "Written by" label pair), then the byline lines and
 * author links shown next to the headline. A person is never dropped for sharing the site's name (a one-person site
 * is named after its author), but a name equal to the site is taken only when no source gives another and no name
 * signs the text under its last paragraph ({@link ClosingSignature}); an organisation (the desk, the site) is taken
 * only when no source names a person. A labelled byline next to the
 * headline that names other people than the JSON-LD declares (the posting account) wins over it ({@link
 * HeadlineCredit}). A blog post no source credits is its author's whose replies under it the blog marks as the
 * post author's, else the person its author card presents ({@link AuthorCard}); a page that credits no one, not
 * even a desk, is its author's who signs the text on the line under it ({@link ClosingSignature}), else, on a site
 * named after a person whose host spells the name, the owner's ({@link PersonalSite}).
 */
final class AuthorResolver {

    /** Longer author values are text, not a credit. */
    private static final int MAX_CREDIT_CHARS = 60;

    /** More names than this across several byline elements are not all the article's authors. */
    private static final int MAX_SPREAD_NAMES = 4;

    /**
     * A content system's placeholder for a missing author ("No Author", "Unknown Author", "Unbekannter Autor"), which
     * it writes into the author meta tag like a name.
     */
    private static final Pattern NO_AUTHOR = Pattern.compile(
            "(?iu)(?:no|unknown|kein|unbekannt|unbekannter)\\s+(?:author|autor)");

    private AuthorResolver() {}

    static List<String> resolve(
            JsonLdArticle ld, PageSignals signals, ExtractedBody body, HeadlineArea area,
            Supplier<LabelledLines> labelled, Supplier<List<String>> authorCard, @Nullable String siteName,
            Supplier<List<String>> siteOwner) {
        String poster = signals.postAuthor();
        if (poster != null && poster.length() <= MAX_CREDIT_CHARS && !ld.article()) {
            // a forum thread's author is the poster of its first message, by the handle the forum shows; the names
            // byline marks give are those of the replies. Under an article node of structured data, posts so marked
            // are its readers' comments (og:type does not tell: forum software sets "article" on threads too)
            return List.of(poster);
        }
        List<String> declared = names(ld.authors(), true);
        // structured data that declares a desk or team alone ("The Investopedia Team", "HLNF Staff Report") credits
        // it on purpose: names in byline text then belong to reviewers, related items or the page's furniture
        List<String> declaredDesk = declared.isEmpty() ? DeskCredit.first(ld.authors()) : List.of();
        if (!declaredDesk.isEmpty()) {
            return declaredDesk;
        }
        Predicate<String> notSite = SiteCredit.notSite(siteName);
        List<String> shown = HeadlineCredit.overriding(declared, area.bylines(), labelled, notSite);
        if (!shown.isEmpty()) {
            return shown;
        }
        List<List<String>> sources = new ArrayList<>();
        sources.add(declared);
        MarkedNames marked = markedBylineNames(signals.bylines(), signals.bylineLines());
        if (!marked.spread()) {
            sources.add(marked.names());
        }
        sources.add(names(body.bylineNames(), false));
        List<List<String>> metaNames = new ArrayList<>(MetaKeys.AUTHOR.size());
        for (String key : MetaKeys.AUTHOR) {
            metaNames.add(names(signals.metaAll(key), true));
        }
        sources.addAll(metaNames);
        sources.add(names(labelledAuthors(signals), true));
        if (marked.spread()) {
            // byline marks on many people are a comment thread or teaser list around the article: an author meta
            // tag names the article's own author more surely than their first element
            sources.add(marked.names());
        }
        sources.add(names(area.bylines(), false));
        sources.add(names(area.authorLinks(), true));
        List<String> named = firstNamed(sources, notSite, signals.bylines());
        if (!named.isEmpty()) {
            // a byline naming the company ("Thomson Reuters Tax & Accounting") beside an author meta tag naming a
            // person: the person wrote the text, the company publishes it
            return PersonOverOrganisation.chosen(named, () -> firstOf(metaNames, notSite));
        }
        List<String> site = firstNamed(sources, name -> true, signals.bylines());
        if (!site.isEmpty()) {
            // the site credited as its own author ("VnExpress") on a text its reporter signs under the last paragraph
            List<String> signed = body.signature().stream().filter(notSite).toList();
            return signed.isEmpty() ? site : signed;
        }
        // a labelled byline elsewhere on the page ("Written by Jane Doe and John Roe" in an author box after the
        // text): the first line that names a person, with its co-authors; later lines credit other articles
        List<String> labelledPersons = labelledPersons(labelled.get().bylines(), notSite);
        if (!labelledPersons.isEmpty()) {
            return labelledPersons;
        }
        // a blog that shows no byline still marks its author's replies under the post ("bypostauthor"): the name
        // they sign with is the post's author
        List<String> commenting = signals.commentingAuthor() == null ? List.of()
                : BylineParser.structuredNames(signals.commentingAuthor()).stream().filter(notSite).toList();
        if (!commenting.isEmpty()) {
            return commenting.subList(0, 1);
        }
        // an author card under the text: the bare name, then a bio that opens with it ("Jane Doe is a ...")
        List<String> carded = authorCard.get().stream().filter(notSite).toList();
        if (!carded.isEmpty()) {
            return carded;
        }
        List<String> organisations = organisations(ld, signals);
        if (!organisations.isEmpty()) {
            return organisations;
        }
        // a desk or team a byline credits ("By Staff Writer", "NETGEAR Orbi Team"), then a lone word, which may be a
        // label or a commenter
        List<String> desk = DeskCredit.first(deskCandidates(signals, area, labelled.get()));
        if (!desk.isEmpty()) {
            return desk;
        }
        // a name signing the text on the line under it: the author, whom the page credits nowhere else
        List<String> signed = body.signature().stream().filter(notSite).toList();
        if (!signed.isEmpty()) {
            return signed;
        }
        List<String> handle = handle(signals.bylines(), labelled.get().bylines()).stream().filter(notSite).toList();
        // a site named after a person whose host spells the name: its owner's, who needs no credit on it
        return handle.isEmpty() ? siteOwner.get() : handle;
    }

    /** The names of the first source that gives names {@code accepted} takes, only those. */
    private static List<String> firstOf(List<List<String>> sources, Predicate<String> accepted) {
        for (List<String> source : sources) {
            List<String> found = source.stream().filter(accepted).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The names of the first source, in order of trust, that gives names {@code accepted} takes. */
    private static List<String> firstNamed(List<List<String>> sources, Predicate<String> accepted,
            List<String> bylines) {
        for (List<String> source : sources) {
            // a byline's "El Colombiano Contactar" is the site once cross-checked to the structured "El Colombiano"
            List<String> chosen = crossChecked(source.stream().filter(accepted).toList(), sources).stream()
                    .filter(accepted).toList();
            if (!chosen.isEmpty()) {
                return source == sources.get(0) ? withCoAuthors(chosen, bylines, accepted) : chosen;
            }
        }
        return List.of();
    }

    /**
     * The persons the first labelled byline line names that names one, with its co-authors; none when the lines name
     * more than {@link #MAX_SPREAD_NAMES} people between them: "By Ben Hon", "By Ellie Plass", "Von Jörn Mecher am
     * 08.12.2022" one after another are the credits of a list of other articles (more from the site, latest posts),
     * and the first of them is no more the article's author than the others.
     */
    private static List<String> labelledPersons(List<String> lines, Predicate<String> notSite) {
        List<String> first = List.of();
        List<String> all = new ArrayList<>();
        for (String line : lines) {
            if (BylineParser.opensWithAmbiguousLabel(line)) {
                continue; // away from the headline, "With Rental Package", "MIT Sloan ..." credit nobody
            }
            List<String> persons = BylineParser.names(line).stream().filter(notSite).toList();
            if (first.isEmpty() && !persons.isEmpty()) {
                first = persons.size() <= MAX_SPREAD_NAMES ? persons : persons.subList(0, 1);
            }
            persons.stream().filter(name -> !all.contains(name)).forEach(all::add);
        }
        return all.size() > MAX_SPREAD_NAMES ? List.of() : first;
    }

    /** Where a page credits a desk or team, in order of trust: byline elements, header lines, author links, labels. */
    private static List<String> deskCandidates(PageSignals signals, HeadlineArea area, LabelledLines labelled) {
        List<String> candidates = new ArrayList<>(signals.bylines());
        candidates.addAll(area.bylines());
        candidates.addAll(area.authorLinks());
        candidates.addAll(labelledAuthors(signals));
        candidates.addAll(labelled.bylines());
        return candidates;
    }

    /**
     * The JSON-LD authors, or the first byline element's names when that element names them all and more: a page
     * whose structured data lists only the lead author still shows every co-author in its byline ("von Rudolf Fischer,
     * Simon Kohler"). Only the first element that gives names counts: later ones credit photos, teasers or comments.
     * A co-author shares no word with a declared name: "By Jane Doe" or "Jane Doe Jane Doe" beside "Jane Doe" is
     * byline text around the same person.
     */
    private static List<String> withCoAuthors(List<String> declared, List<String> bylines, Predicate<String> accepted) {
        for (String byline : bylines) {
            List<String> shown = BylineParser.names(byline).stream().filter(accepted).toList();
            if (!shown.isEmpty()) {
                boolean more = shown.size() > declared.size() && shown.size() <= MAX_SPREAD_NAMES
                        && shown.containsAll(declared)
                        && shown.stream().filter(name -> !declared.contains(name))
                                .noneMatch(name -> sharesWord(name, declared));
                return more ? shown : declared;
            }
        }
        return declared;
    }

    private static boolean sharesWord(String name, List<String> others) {
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).split(" "));
        return others.stream().anyMatch(other -> List.of(other.toLowerCase(Locale.ROOT).split(" ")).stream()
                .anyMatch(words::contains));
    }

    /**
     * Names in the first line of byline-marked elements that gives names: the elements of that line together name
     * the article's authors ("By <span class=author>A</span>, <span class=author>B</span>"); later lines credit other
     * articles (teasers, "more from"), comments or affiliations. Elements that name more than
     * {@link #MAX_SPREAD_NAMES} people between them are a comment thread or a teaser list: the names are marked
     * {@code spread} then. A marked byline that opens with a byline word may give a one-word name ("von Kathrin"). A
     * question-and-answer page credits its question's asker ({@link QuestionAsker}).
     */
    private static MarkedNames markedBylineNames(List<String> bylines, List<Integer> lines) {
        List<String> asker = QuestionAsker.of(bylines);
        if (!asker.isEmpty()) {
            // a question-and-answer page marks the question's, the answers' and the edits' signatures alike
            return new MarkedNames(asker, false);
        }
        List<String> all = new ArrayList<>();
        List<String> first = new ArrayList<>();
        int firstLine = -1;
        for (int i = 0; i < bylines.size(); i++) {
            List<String> found = BylineParser.names(bylines.get(i));
            if (found.isEmpty()) {
                found = BylineHandle.prefixed(bylines.get(i));
            }
            if (!found.isEmpty() && firstLine < 0) {
                firstLine = lines.get(i);
            }
            if (lines.get(i) == firstLine) {
                found.stream().filter(name -> !first.contains(name)).forEach(first::add);
            }
            found.stream().filter(name -> !all.contains(name)).forEach(all::add);
        }
        List<String> opener = threadOpener(bylines);
        if (!opener.isEmpty()) {
            return new MarkedNames(opener, all.size() > MAX_SPREAD_NAMES);
        }
        return new MarkedNames(first, all.size() > MAX_SPREAD_NAMES && !first.isEmpty());
    }

    /**
     * The handle of a thread's opener: byline marks on the posts of more than {@link #MAX_SPREAD_NAMES} people, the
     * first of which gives a lone handle ("sanmartinwatch", "JosephF"). Forums mark every post's user so, in post
     * order; the first full name further down is a reply's. Empty when the first marked element gives no lone handle or
     * the marks are not a thread.
     */
    private static List<String> threadOpener(List<String> bylines) {
        int first = 0;
        while (first < bylines.size() && bylines.get(first).isBlank()) {
            first++;
        }
        if (first == bylines.size() || !BylineParser.names(bylines.get(first)).isEmpty()) {
            return List.of();
        }
        List<String> opener = BylineHandle.lone(bylines.get(first));
        if (opener.isEmpty()) {
            return opener;
        }
        List<String> posters = new ArrayList<>(opener);
        for (int i = first + 1; i < bylines.size() && posters.size() <= MAX_SPREAD_NAMES; i++) {
            List<String> found = BylineParser.names(bylines.get(i));
            (found.isEmpty() ? BylineHandle.lone(bylines.get(i)) : found).stream()
                    .filter(name -> !posters.contains(name)).forEach(posters::add);
        }
        return posters.size() > MAX_SPREAD_NAMES ? opener : List.of();
    }

    /** The names byline-marked elements give, and whether the elements spread over more people than an article has. */
    private record MarkedNames(List<String> names, boolean spread) {}

    /**
     * A one-word name or handle, when no source gives a name, not even the site's: alone in the page's first byline
     * element ("Andrea" in a WordPress author card), else after a byline word in the first byline line that gives one
     * ("Posted by Konstantin"). Blogs and forums credit their authors so.
     */
    private static List<String> handle(List<String> markedBylines, List<String> bylineLines) {
        List<String> found = markedBylines.isEmpty() ? List.of() : BylineHandle.lone(markedBylines.get(0));
        for (int i = 0; found.isEmpty() && i < bylineLines.size(); i++) {
            found = BylineHandle.credited(bylineLines.get(i));
        }
        return found;
    }

    /** The value of a {@code twitter:dataN} whose {@code twitter:labelN} says "Written by". */
    private static List<String> labelledAuthors(PageSignals signals) {
        List<String> values = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            String label = signals.meta("twitter:label" + n);
            String data = signals.meta("twitter:data" + n);
            if (label != null
                    && data != null
                    && MetaKeys.AUTHOR_LABELS.contains(label.strip().toLowerCase(Locale.ROOT))) {
                values.add(data);
            }
        }
        return values;
    }

    /**
     * The organisation, desk or agency credited as author, when no person is ("DER SPIEGEL", "BBC News", "dpa"). A
     * JSON-LD author typed as a person or given as plain text that names no person ("dpa", "Associated Press") is such
     * a credit: the page declares it its author, and a reader expects the agency named when no reporter is.
     */
    private static List<String> organisations(JsonLdArticle ld, PageSignals signals) {
        List<String> credits = new ArrayList<>(ld.authorOrganizations());
        credits.addAll(ld.authors());
        for (String key : MetaKeys.AUTHOR) {
            credits.addAll(signals.metaAll(key));
        }
        for (String credit : credits) {
            String clean = TextNormalizer.collapse(credit);
            if (!clean.isEmpty()
                    && clean.length() <= MAX_CREDIT_CHARS
                    && !BylineParser.holdsAddress(clean)
                    && !BylineParser.holdsCopyright(clean)
                    && !NO_AUTHOR.matcher(clean).matches()) {
                return List.of(clean);
            }
        }
        return List.of();
    }

    /**
     * A name that another source gives shorter ("Jane Doe Follow" in the byline, "Jane Doe" in the meta) is the
     * shorter name: byline text drags in words that follow the name.
     */
    private static List<String> crossChecked(List<String> chosen, List<List<String>> sources) {
        List<String> checked = new ArrayList<>();
        for (String name : chosen) {
            String best = name;
            for (List<String> source : sources) {
                for (String other : source) {
                    if (other.length() < best.length() && best.startsWith(other + " ") && other.contains(" ")) {
                        best = other;
                    }
                }
            }
            best = completed(best, sources);
            if (!checked.contains(best) && !abbreviates(best, chosen)) {
                checked.add(best);
            }
        }
        return checked;
    }

    /**
     * A one-word name with the surname another source gives it ("Todd" in the JSON-LD, "By Todd Bates" next to the
     * headline): blog software declares the user's first name or nickname where the page shows the full name. The
     * first source, in order of trust, with a name of one or two more words opening with it completes it.
     */
    private static String completed(String name, List<List<String>> sources) {
        if (name.contains(" ")) {
            return name;
        }
        for (List<String> source : sources) {
            for (String other : source) {
                if (other.startsWith(name + " ") && other.split(" ").length <= 3) {
                    return other;
                }
            }
        }
        return name;
    }

    /**
     * Whether {@code name} is another chosen name with its last name cut to an initial ("Scott P." beside "Scott
     * Pletcher"): an author card repeats the byline's name so.
     */
    private static boolean abbreviates(String name, List<String> chosen) {
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        if (words.length < 2 || last.length() != 2 || !last.endsWith(".")) {
            return false;
        }
        String first = name.substring(0, name.length() - last.length());
        return chosen.stream().anyMatch(other -> !other.equals(name) && other.startsWith(first)
                && other.substring(first.length()).startsWith(last.substring(0, 1)) && other.length() > name.length());
    }

    /** Names from one source: structured values (JSON-LD, meta) are trusted more than byline text. */
    private static List<String> names(List<String> values, boolean structured) {
        List<String> names = new ArrayList<>();
        for (String text : values) {
            (structured ? BylineParser.structuredNames(text) : BylineParser.names(text)).stream()
                    .filter(name -> !names.contains(name))
                    .forEach(names::add);
        }
        return names;
    }
}
