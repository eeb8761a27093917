package io.newsflow.enrich.extract;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-language words for reading visible dates ("23. Juli 2025", "26 de julio de 2023"), and the time zone a
 * page's local times are read in when the page gives no offset, as named data validated at load.
 */
final class DateWords {

    /** Month names and abbreviations, January first, per language; each list has twelve entries of "|"-joined forms. */
    static final Map<String, List<String>> MONTHS = Map.ofEntries(
            Map.entry("de", List.of("januar|jan|jänner|jän", "februar|feb", "märz|mär|mrz|maerz", "april|apr", "mai",
                    "juni|jun", "juli|jul", "august|aug", "september|sep|sept", "oktober|okt", "november|nov",
                    "dezember|dez")),
            Map.entry("en", List.of("january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun",
                    "july|jul", "august|aug", "september|sep|sept", "october|oct", "november|nov", "december|dec")),
            Map.entry("fr", List.of("janvier|janv", "février|fevrier|févr|fevr", "mars", "avril|avr", "mai", "juin",
                    "juillet|juil", "août|aout", "septembre|sept", "octobre|oct", "novembre|nov",
                    "décembre|decembre|déc")),
            Map.entry("es", List.of("enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun",
                    "julio|jul", "agosto|ago", "septiembre|setiembre|sep|sept", "octubre|oct", "noviembre|nov",
                    "diciembre|dic")),
            Map.entry("it", List.of("gennaio|gen", "febbraio|feb", "marzo|mar", "aprile|apr", "maggio|mag",
                    "giugno|giu", "luglio|lug", "agosto|ago", "settembre|set", "ottobre|ott", "novembre|nov",
                    "dicembre|dic")),
            Map.entry("nl", List.of("januari|jan", "februari|feb", "maart|mrt", "april|apr", "mei", "juni|jun",
                    "juli|jul", "augustus|aug", "september|sep", "oktober|okt", "november|nov", "december|dec")),
            Map.entry("pt", List.of("janeiro|jan", "fevereiro|fev", "março|marco|mar", "abril|abr", "maio|mai",
                    "junho|jun", "julho|jul", "agosto|ago", "setembro|set", "outubro|out", "novembro|nov",
                    "dezembro|dez")),
            // the languages below only by their full names (and the genitive a date uses: "20 сентября 2020")
            Map.entry("ro", List.of("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
                    "septembrie", "octombrie", "noiembrie", "decembrie")),
            Map.entry("pl", List.of("stycznia|styczeń", "lutego|luty", "marca|marzec", "kwietnia|kwiecień",
                    "maja|maj", "czerwca|czerwiec", "lipca|lipiec", "sierpnia|sierpień", "września|wrzesień",
                    "października|październik", "listopada|listopad", "grudnia|grudzień")),
            Map.entry("cs", List.of("ledna|leden", "února|únor", "března|březen", "dubna|duben", "května|květen",
                    "června|červen", "července|červenec", "srpna|srpen", "září", "října|říjen", "listopadu",
                    "prosince|prosinec")),
            Map.entry("ru", List.of("января|январь", "февраля|февраль", "марта|март", "апреля|апрель", "мая|май",
                    "июня|июнь", "июля|июль", "августа|август", "сентября|сентябрь", "октября|октябрь",
                    "ноября|ноябрь", "декабря|декабрь")),
            Map.entry("uk", List.of("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                    "вересня", "жовтня", "листопада", "грудня")),
            Map.entry("sv", List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                    "september", "oktober", "november", "december")),
            Map.entry("da", List.of("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                    "september", "oktober", "november", "desember|december")),
            // Arabic as Egypt and the Gulf write the months (with and without the hamza), then the Levant's names of
            // one word of three letters or more (pages write both: "17 مارس/ آذار 2020")
            Map.entry("ar", List.of("يناير", "فبراير|شباط", "مارس|آذار", "أبريل|ابريل|إبريل|نيسان", "مايو|أيار|ايار",
                    "يونيو|يونيه|حزيران", "يوليو|يوليه|تموز", "أغسطس|اغسطس", "سبتمبر|أيلول|ايلول", "أكتوبر|اكتوبر",
                    "نوفمبر", "ديسمبر")),
            Map.entry("tr", List.of("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
                    "ekim", "kasım", "aralık")));

    /** Zone of local times by declared language, or language-region for languages spoken across zones. */
    static final Map<String, String> LOCAL_ZONES = Map.ofEntries(
            Map.entry("de", "Europe/Berlin"), Map.entry("de-at", "Europe/Vienna"), Map.entry("de-ch", "Europe/Zurich"),
            Map.entry("fr", "Europe/Paris"), Map.entry("es", "Europe/Madrid"), Map.entry("it", "Europe/Rome"),
            Map.entry("nl", "Europe/Amsterdam"), Map.entry("pl", "Europe/Warsaw"), Map.entry("pt", "Europe/Lisbon"),
            Map.entry("pt-br", "America/Sao_Paulo"), Map.entry("sv", "Europe/Stockholm"),
            Map.entry("da", "Europe/Copenhagen"), Map.entry("nb", "Europe/Oslo"), Map.entry("fi", "Europe/Helsinki"),
            Map.entry("cs", "Europe/Prague"), Map.entry("en-gb", "Europe/London"), Map.entry("en-ie", "Europe/Dublin"),
            Map.entry("en-us", "America/New_York"), Map.entry("en-au", "Australia/Sydney"),
            Map.entry("ja", "Asia/Tokyo"), Map.entry("zh", "Asia/Shanghai"), Map.entry("zh-tw", "Asia/Taipei"),
            Map.entry("ko", "Asia/Seoul"), Map.entry("he", "Asia/Jerusalem"), Map.entry("tr", "Europe/Istanbul"),
            Map.entry("el", "Europe/Athens"), Map.entry("ru", "Europe/Moscow"), Map.entry("uk", "Europe/Kyiv"),
            Map.entry("fr-ca", "America/Toronto"));

    /** Locales that write numeric dates month first ("3/5/2025" is March 5); a bare "en" is most often American. */
    static final TokenSet MONTH_FIRST_LOCALES = TokenSet.of("month-first locales", "en", "en-us", "en-ph", "en-ca");

    /** Month number (1–12) by lower-case name or abbreviation, over all languages. */
    static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

    private DateWords() {}

    /** The zone for a page declaring {@code language} (e.g. "de-DE", "en_GB"), UTC when unknown. */
    static ZoneId zoneFor(String language) {
        String tag = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String zone = LOCAL_ZONES.get(tag);
        if (zone == null && tag.length() >= 2) {
            zone = LOCAL_ZONES.get(tag.substring(0, 2));
        }
        return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
    }

    /**
     * A bare language ("fr") made regional by the country its host's top-level domain names ("fr" on ".ca" gives
     * "fr-ca"), when that region has a zone of its own: a French page from Canada is not written at Paris time.
     * A regional tag, a generic domain or a region without a zone of its own leaves {@code language} as it is.
     */
    static String regional(String language, String host) {
        String tag = language.strip().toLowerCase(Locale.ROOT);
        int dot = host.lastIndexOf('.');
        if (tag.length() != 2 || dot < 0) {
            return language;
        }
        String country = host.substring(dot + 1).toLowerCase(Locale.ROOT);
        String region = tag + "-" + country;
        return country.length() == 2 && LOCAL_ZONES.containsKey(region) ? region : language;
    }

    /**
     * Languages whose pages are written across many time zones (English from Los Angeles to Sydney, Spanish from
     * Madrid to Mexico): {@link #zoneFor} is only a guess for them, too weak to move a stated UTC time to another day.
     */
    static final TokenSet MANY_ZONE_LANGUAGES = TokenSet.of("languages written across many zones", "en", "es");

    /** Whether {@link #zoneFor} gives the zone of most pages in {@code language}, not a guess among many. */
    static boolean livesInOneZone(String language) {
        String tag = language.strip().toLowerCase(Locale.ROOT);
        return tag.length() >= 2 && !MANY_ZONE_LANGUAGES.contains(tag.substring(0, 2));
    }

    /** Whether a page declaring {@code language} writes numeric dates month first. */
    static boolean isMonthFirst(String language) {
        return MONTH_FIRST_LOCALES.contains(language.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static Map<String, Integer> monthNumbers() {
        Map<String, Integer> numbers = new HashMap<>();
        MONTHS.forEach((language, months) -> {
            if (months.size() != 12) {
                throw new IllegalStateException("month names for " + language + " must have 12 entries");
            }
            for (int month = 0; month < 12; month++) {
                for (String name : months.get(month).split("\\|")) {
                    if (name.isBlank() || !name.equals(name.toLowerCase(Locale.ROOT))) {
                        throw new IllegalStateException("bad month name '" + name + "' for " + language);
                    }
                    Integer previous = numbers.putIfAbsent(name, month + 1);
                    if (previous != null && previous != month + 1) {
                        throw new IllegalStateException("month name '" + name + "' is ambiguous");
                    }
                }
            }
        });
        LOCAL_ZONES.values().forEach(ZoneId::of);
        return Map.copyOf(numbers);
    }
}
