package io.newsflow.enrich.extract;

/** The words {@link BylineParser} reads bylines by: labels before names, words that end or disqualify a name. */
final class BylineWords {

    /** Words that introduce a byline, in the languages the pipeline reads. */
    static final TokenSet PREFIXES = TokenSet.of(
            "byline prefixes",
            "von", "by", "par", "por", "door", "av", "af", "text", "autor", "autorin", "author", "written by",
            "reporting by", "ein bericht von", "eine analyse von", "ein kommentar von", "von unserem korrespondenten",
            "eingestellt von", "geschrieben von", "verfasst von", "erstellt von", "published by", "created by",
            "posted by", "words by", "story by", "reported by",
            "publié par", "écrit par", "escrito por", "publicado por", "scritto da", "di", "texte", "texto",
            "interview", "mit", "with", "ein artikel von", "ein beitrag von", "artikel von", "beitrag von",
            "text von", "text und fotos von", "text & fotos", "text by", "auteur", "auteurs", "autore", "autora",
            "contributors", "contributor",
            // the label of an author card over the name, and the sentence a post's credit is written as
            "article written by", "post written by", "this article was written by", "this post was written by",
            // German labels written gender-inclusively ("Autorin/Autor", "Autor*in", "Autor:innen")
            "autorin/autor", "autor/in", "autor/-in", "autor*in", "autor:in", "autor_in", "autor*innen",
            "autor:innen", "autor/innen", "autorinnen",
            // an author page's link text ("Articles by Juliette", "View all posts by Jane Doe")
            "articles by", "posts by", "all posts by", "view all posts by", "stories by", "more by",
            "alle artikel von", "alle beiträge von");

    /**
     * Byline words that are also a sentence's or a title's first word ("Mit Treuhand Clouds wider ...", a teaser's
     * "Interview" kicker above its title): after them a name must end its phrase.
     */
    static final TokenSet SENTENCE_OPENING_PREFIXES = TokenSet.of(
            "sentence-opening byline prefixes", "mit", "with", "interview");

    /** Byline words that say who or what comes along ("Mit", "With"): a credit only next to the headline. */
    static final TokenSet COMPANY_PREFIXES = TokenSet.of("company byline prefixes", "mit", "with");

    /**
     * Words that end a name even when capitalised (as does a label word ending in a colon, "Updated:") ("BY TOM HARRIS
     * FOR MAILONLINE", "Jane Doe In Kyiv").
     */
    static final TokenSet NAME_ENDING_WORDS = TokenSet.of(
            "name-ending words", "for", "für", "pour", "para", "per", "in", "at", "from", "aus", "à", "im", "the", "to",
            // what bylines run on into: a date line, a follow button, a bio link
            "published", "updated", "posted", "veröffentlicht", "aktualisiert", "am", "on", "follow", "folgen",
            "last", "full", "bio", "more", "learn", "read", "view", "share", "date", "datum",
            "email", "e-mail", "mail", "twitter",
            "linkedin", "instagram", "facebook", "x", "contact", "kontakt", "january", "february", "march",
            "september", "october", "november", "december", "januar", "februar", "märz", "oktober", "dezember",
            // not "jan", a first name too: a month abbreviation before a day ends a name anyway (isDateMonth)
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
            "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            // a second credit after the author's ("Text von Jane Doe Illustration von ...")
            "illustration", "illustrationen", "foto", "fotos", "photo", "photos", "bild", "bilder",
            "publié", "publiée", "publicado", "publicada", "pubblicato");

    /** Words that make a would-be name a desk, a team or a site rather than a person. */
    static final TokenSet NON_PERSON_WORDS = TokenSet.of(
            "non-person words",
            "redaktion", "staff", "team", "desk", "newsroom", "editors", "editorial", "rédaction", "redacción",
            "redazione", "redactie", "agencies", "agenturen", "agentur", "nachrichtenagentur", "presseagentur",
            "agence", "agencia", "agenzia", "reporters",
            "online", "digital", "service", "newsdesk", "wire", "wires", "berichterstattung", "nachrichten", "news",
            "press", "presse", "admin", "administrator", "webmaster", "correspondent", "korrespondent",
            "korrespondentin",
            "editor", "reporter", "writer", "journalist", "journalistin", "redakteur", "redakteurin", "columnist",
            "kolumnist", "kolumnistin", "correspondante", "corresponsal", "redactor", "redactora", "giornalista",
            "inviato", "inviata", "corrispondente", "rédacteur", "rédactrice", "chefredakteur", "contributor",
            // roles and job titles set beside a name ("Jane Doe, Senior Director", "| Staff Writer")
            "redakteure", "volontär", "volontärin", "autor", "autorin", "ressortleiter", "ressortleiterin",
            "expert", "experts", "experte", "expertin", "gastautor", "gastautorin", "director", "manager", "specialist",
            "consultant", "founder", "co-founder", "ceo",
            "president", "head", "chief", "senior", "sr.", "jr.", "strategist", "analyst", "engineer", "developer",
            "designer", "officer", "coordinator", "associate", "intern", "photographer", "fotograf", "fotografin",
            "producer", "host", "moderator", "moderatorin", "dietitian", "nutritionist", "physician", "attorney",
            "lawyer", "professor", "lecturer", "researcher", "scientist", "marketing", "content", "company",
            "inc", "inc.", "ltd", "llc", "gmbh", "group",
            // institutions credited beside the author, for a photo or a source ("Redonda Restoration Programme")
            "programme", "program", "international", "foundation", "institute", "institut", "university",
            "universität", "université", "universidad", "association", "society", "council", "museum", "ministry",
            "ministerium", "department", "stiftung", "verband", "verein", "hospital", "clinic",
            // the site's legal and navigation links, which a footer marked as a byline holds ("Terms & Conditions")
            "privacy", "policy", "terms", "conditions", "cookies", "copyright", "rights", "reserved", "impressum",
            "datenschutz", "datenschutzerklärung", "agb", "sitemap", "newsletter", "subscribe", "login", "api",
            "table", "contents",
            // labels of author boxes and of sponsored blocks ("SHOW ALL ARTICLES OF Heiko", "Gesponserte Inhalte")
            "articles", "artikel", "posts", "beiträge", "profil", "profile", "sponsored", "gesponserte", "anzeige",
            "werbung", "advertisement", "inhalte", "edited", "edition",
            // a reviewer's or fact-checker's badge and a byline label left without its name ("Fact Checked",
            // "Medically Reviewed", "Written By"): participles no name holds
            "checked", "fact-checked", "reviewed", "verified", "written",
            // the label "Author" read with the word beside it ("Author Hub", "No Author"), and
            // roles and qualifications an author card sets after the name
            // ("Counseling Psychologist", "M.A. Journalism")
            "author", "psychologist", "therapist", "counselor", "licensed", "certified", "journalism",
            // a forum's presence status read between the avatar's initial and the handle ("J Offline JonB")
            "offline",
            // no name at all
            "unknown", "anonymous", "anonym", "anonyme", "guest", "gast");

    /** Lower-case words allowed inside a name. */
    static final TokenSet NAME_PARTICLES = TokenSet.of(
            "name particles", "von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "du", "la", "le",
            "ten", "ter", "al", "bin", "zu", "y");

    /** Abbreviated titles that end in a full stop inside a name ("Prof. Jane Doe"), unlike a sentence's last word. */
    static final TokenSet TITLE_ABBREVIATIONS = TokenSet.of(
            "title abbreviations", "prof.", "dipl.", "ing.", "mag.", "univ.", "hon.", "rev.", "gen.", "col.", "capt.",
            "sgt.", "gov.", "sen.", "rep.", "mrs.");

    private BylineWords() {}
}
