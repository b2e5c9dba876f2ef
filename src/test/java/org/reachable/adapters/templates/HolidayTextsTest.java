package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.holidays.JollydayHolidays;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.PublicHolidays.Holiday;
import org.reachable.domain.port.PublicHolidays.Kind;
import org.reachable.domain.service.HolidayOffer;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;

/**
 * Public holidays taken as days off (issue 14, item 6): the auto-reply names the holiday, and the
 * texts pasted once say "niet op feestdagen" without a date. Golden files have no holiday on
 * purpose: these are the texts with one.
 */
class HolidayTextsTest {

    private static final TextService TEXTS = new TextService(new MustacheRenderer());
    /** Tuesday 27 April 2027 (Koningsdag), 10:00 in Amsterdam. */
    private static final Instant KINGS_DAY = Instant.parse("2027-04-27T08:00:00Z");
    /** Thursday 26 November 2026, 10:00: an ordinary morning, months before the holidays. */
    private static final Instant NOVEMBER = SnippetWeek.Moment.WINDOW.at;

    private static Schedule withHolidays(String language) {
        boolean nl = language.startsWith("nl");
        List<ScheduleEntry> entries = new ArrayList<>(SnippetWeek.schedule().entries());
        entries.add(HolidayOffer.dayOff("NL", new Holiday(LocalDate.of(2027, 4, 27), "KINGS_DAY",
                nl ? "Koningsdag" : "King's Day", Kind.PUBLIC_HOLIDAY)));
        entries.add(HolidayOffer.dayOff("NL", new Holiday(LocalDate.of(2026, 12, 25), "FIRST_CHRISTMAS_DAY",
                nl ? "Eerste Kerstdag" : "Christmas Day", Kind.PUBLIC_HOLIDAY)));
        return new Schedule(SnippetWeek.AMSTERDAM, entries);
    }

    /** The example profile, with {@code language} as its main one: the language holidays are named in. */
    private static String text(Target target, String language, Schedule schedule, Instant at) {
        Settings settings = SnippetWeek.settings(language.substring(0, 2));
        List<String> languages = language.startsWith("nl") ? List.of("nl", "en") : List.of("en", "nl");
        settings = settings.withProfile(settings.profile().withLanguages(languages));
        TextService.Data data = new TextService.Data(settings, schedule, new StatusResolver(schedule,
                settings.channels(), Optional.empty()), SnippetWeek.PHONES);
        return TEXTS.text(new TextService.Request(target, Format.TEXT, language), data, at).text();
    }

    @Test
    void theAutoReplyOnKingsDayNamesItAndTheNextWorkingMorning() {
        String nl = text(Target.AUTOREPLY, "nl", withHolidays("nl"), KINGS_DAY);
        assertTrue(nl.contains("Bedankt voor je bericht. Op Koningsdag ben ik er niet. Ik reageer woensdag 28 april"
                + " na 9.00 uur."), nl);
        assertFalse(nl.contains("op dit moment afwezig"), nl);
        String en = text(Target.AUTOREPLY, "en", withHolidays("en"), KINGS_DAY);
        assertTrue(en.contains("Thank you for your message. I am away on King's Day. I will reply on Wednesday"
                + " 28 April after 9:00."), en);
    }

    /**
     * Holidays are stored in the profile's main language: when the holidays do not know the day
     * (here: none are known), the English reply of a Dutch user mixes in no Dutch.
     */
    @Test
    void aReplyInTheOtherLanguageDoesNotBorrowTheHolidaysName() {
        Settings dutchFirst = SnippetWeek.settings("nl");
        Schedule schedule = withHolidays("nl");
        TextService.Data data = new TextService.Data(dutchFirst, schedule, new StatusResolver(schedule,
                dutchFirst.channels(), Optional.empty()), SnippetWeek.PHONES);
        String en = TEXTS.text(new TextService.Request(Target.AUTOREPLY, Format.TEXT, "en"), data, KINGS_DAY).text();
        assertFalse(en.contains("Koningsdag"), en);
        assertTrue(en.contains("I am away at the moment and will reply "), en);
        String nl = TEXTS.text(new TextService.Request(Target.AUTOREPLY, Format.TEXT, "nl"), data, KINGS_DAY).text();
        assertTrue(nl.contains("Op Koningsdag ben ik er niet."), nl);
    }

    /** Monday 17 May 2027 (Tweede Pinksterdag), 10:00 in Amsterdam. */
    private static final Instant WHIT_MONDAY = Instant.parse("2027-05-17T08:00:00Z");
    private static final JollydayHolidays HOLIDAYS = new JollydayHolidays();

    /** A Dutch-first user (holidays taken under their Dutch names), read with the holidays' names. */
    private static String dutchFirst(Target target, Format format, String language, Instant at) {
        Settings dutchFirst = SnippetWeek.settings("nl");
        List<ScheduleEntry> entries = new ArrayList<>(withHolidays("nl").entries());
        entries.add(HolidayOffer.dayOff("NL", new Holiday(LocalDate.of(2027, 5, 17), "christian.PENTECOST_MONDAY",
                "Tweede Pinksterdag", Kind.PUBLIC_HOLIDAY)));
        Schedule schedule = new Schedule(SnippetWeek.AMSTERDAM, entries);
        TextService.Data data = new TextService.Data(dutchFirst, schedule, new StatusResolver(schedule,
                dutchFirst.channels(), Optional.empty()), SnippetWeek.PHONES, HOLIDAYS);
        return TEXTS.text(new TextService.Request(target, format, language), data, at).text();
    }

    /** The English reply of a Dutch-first user names the day in English, as the Dutch one does in Dutch. */
    @Test
    void aReplyInTheOtherLanguageNamesTheHolidayInItsOwn() {
        String en = dutchFirst(Target.AUTOREPLY, Format.TEXT, "en", KINGS_DAY);
        assertTrue(en.contains("Thank you for your message. I am away on King's Day. I will reply on Wednesday"
                + " 28 April"), en);
        assertFalse(en.contains("Koningsdag") || en.contains("at the moment"), en);
        assertTrue(dutchFirst(Target.AUTOREPLY, Format.TEXT, "nl", KINGS_DAY).contains("Op Koningsdag ben ik er niet."));
        // British Whitsun, American Pentecost
        assertTrue(dutchFirst(Target.AUTOREPLY, Format.TEXT, "en-GB", WHIT_MONDAY)
                .contains("I am away on Whit Monday."));
        assertTrue(dutchFirst(Target.AUTOREPLY, Format.TEXT, "en-US", WHIT_MONDAY)
                .contains("I am away on Pentecost Monday."));
    }

    /**
     * 26 December is Boxing Day to a British client and nothing to an American one: the American
     * reply says what the day is ("the day after Christmas"), the British one keeps its name.
     */
    @Test
    void anAmericanClientReadsTheDayAfterChristmasNotBoxingDay() {
        Settings dutchFirst = SnippetWeek.settings("nl");
        List<ScheduleEntry> entries = new ArrayList<>(SnippetWeek.schedule().entries());
        entries.add(HolidayOffer.dayOff("NL", new Holiday(LocalDate.of(2026, 12, 26), "SECOND_CHRISTMAS_DAY",
                "Tweede Kerstdag", Kind.PUBLIC_HOLIDAY)));
        Schedule schedule = new Schedule(SnippetWeek.AMSTERDAM, entries);
        TextService.Data data = new TextService.Data(dutchFirst, schedule, new StatusResolver(schedule,
                dutchFirst.channels(), Optional.empty()), SnippetWeek.PHONES, HOLIDAYS);
        Instant saturday = Instant.parse("2026-12-26T09:00:00Z");
        String us = TEXTS.text(new TextService.Request(Target.AUTOREPLY, Format.TEXT, "en-US"), data, saturday).text();
        assertTrue(us.contains("Thank you for your message. I am away on the day after Christmas. I will reply on"
                + " Monday, December 28"), us);
        assertFalse(us.contains("Boxing"), us);
        String gb = TEXTS.text(new TextService.Request(Target.AUTOREPLY, Format.TEXT, "en-GB"), data, saturday).text();
        assertTrue(gb.contains("I am away on Boxing Day."), gb);
        // an English-first user took it under its English name ("Boxing Day"); the American reply renames it
        Settings englishFirst = SnippetWeek.settings("en");
        englishFirst = englishFirst.withProfile(englishFirst.profile().withLanguages(List.of("en", "nl"))
                .withEnglish(org.reachable.domain.model.EnglishVariant.AMERICAN));
        List<ScheduleEntry> taken = new ArrayList<>(SnippetWeek.schedule().entries());
        taken.add(HolidayOffer.dayOff("NL", HOLIDAYS.between("NL", LocalDate.of(2026, 12, 26),
                LocalDate.of(2026, 12, 26), "en").get(0)));
        Schedule english = new Schedule(SnippetWeek.AMSTERDAM, taken);
        String american = TEXTS.text(new TextService.Request(Target.AUTOREPLY, Format.TEXT, "en"),
                new TextService.Data(englishFirst, english, new StatusResolver(english, englishFirst.channels(),
                        Optional.empty()), SnippetWeek.PHONES, HOLIDAYS), saturday).text();
        assertTrue(american.contains("I am away on the day after Christmas."), american);
    }

    /**
     * The Days off page stores an American-English user's holidays under their American names: every
     * text still finds the holiday, the Dutch and British ones under their own names.
     */
    @Test
    void aHolidayTakenUnderItsAmericanNameIsNamedInEveryLanguage() {
        Settings american = SnippetWeek.settings("en");
        american = american.withProfile(american.profile().withLanguages(List.of("en", "nl"))
                .withEnglish(org.reachable.domain.model.EnglishVariant.AMERICAN));
        LocalDate day = LocalDate.of(2026, 12, 26);
        List<ScheduleEntry> entries = new ArrayList<>(SnippetWeek.schedule().entries());
        entries.add(HolidayOffer.dayOff("NL", HOLIDAYS.between("NL", day, day, "en-US").get(0)));
        Schedule schedule = new Schedule(SnippetWeek.AMSTERDAM, entries);
        TextService.Data data = new TextService.Data(american, schedule, new StatusResolver(schedule,
                american.channels(), Optional.empty()), SnippetWeek.PHONES, HOLIDAYS);
        Instant saturday = Instant.parse("2026-12-26T09:00:00Z");
        String nl = TEXTS.text(new TextService.Request(Target.AUTOREPLY, Format.TEXT, "nl"), data, saturday).text();
        assertTrue(nl.contains("Op Tweede Kerstdag ben ik er niet."), nl);
        String gb = TEXTS.text(new TextService.Request(Target.AUTOREPLY, Format.TEXT, "en-GB"), data, saturday).text();
        assertTrue(gb.contains("I am away on Boxing Day."), gb);
        String us = TEXTS.text(new TextService.Request(Target.AUTOREPLY, Format.TEXT, "en"), data, saturday).text();
        assertTrue(us.contains("I am away on the day after Christmas."), us);
    }

    /** The Sieve script's English replies are the plain text's: the holiday named in English there too. */
    @Test
    void theEnglishSieveScriptOfADutchFirstUserNamesTheHolidayInEnglish() {
        String sieve = dutchFirst(Target.AUTOREPLY, Format.SIEVE, "en", Instant.parse("2027-04-20T08:00:00Z"));
        assertTrue(sieve.contains("I am away on King's Day."), sieve);
        assertFalse(sieve.contains("Koningsdag"), sieve);
    }

    @Test
    void anOrdinaryDayOffKeepsItsOwnWords() {
        String nl = text(Target.AUTOREPLY, "nl", withHolidays("nl"), SnippetWeek.Moment.DAYOFF.at);
        // the reason comes first, then when the reply comes: a client reads why before when
        assertTrue(nl.contains("Bedankt voor je bericht. Ik ben op dit moment afwezig en reageer maandag"), nl);
    }

    @Test
    void textsPastedOnceSayNotOnPublicHolidaysWithoutADate() {
        String website = text(Target.WEBSITE, "nl", withHolidays("nl"), NOVEMBER);
        assertTrue(website.contains(", niet op feestdagen"), website);
        assertFalse(website.contains("Koningsdag") || website.contains("april"), website);
        String agreement = text(Target.AGREEMENT, "en", withHolidays("en"), NOVEMBER);
        assertTrue(agreement.contains(", not on public holidays"), agreement);
        String signature = text(Target.SIGNATURE, "en", withHolidays("en"), NOVEMBER);
        assertTrue(signature.contains("not on public holidays"), signature);
    }

    @Test
    void withoutHolidaysTakenTheHoursSayNothingOfThem() {
        String website = text(Target.WEBSITE, "nl", SnippetWeek.schedule(), NOVEMBER);
        assertFalse(website.contains("feestdag"), website);
        String past = text(Target.WEBSITE, "nl", withHolidays("nl"), Instant.parse("2027-06-01T08:00:00Z"));
        assertFalse(past.contains("feestdag"), "holidays all behind: nothing to say\n" + past);
    }

    /**
     * Every holiday of the Dutch and Belgian calendars as the auto-reply names it on the day, in
     * the language the user took it in: a name that takes an article in a sentence gets it ("Op de
     * Nationale feestdag", "on the King's Feast"), the others stand alone ("Op Koningsdag").
     */
    @Test
    void everyDutchAndBelgianHolidayStandsInTheSentenceWithItsArticle() {
        Map<String, Set<String>> said = new TreeMap<>();
        for (String language : List.of("nl", "en-GB", "en-US")) {
            for (String country : List.of("NL", "BE")) {
                for (Holiday h : HOLIDAYS.between(country, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                        language)) {
                    Settings settings = SnippetWeek.settings(language.substring(0, 2));
                    settings = settings.withProfile(settings.profile().withLanguages(language.startsWith("nl")
                            ? List.of("nl", "en") : List.of("en", "nl")));
                    List<ScheduleEntry> entries = new ArrayList<>(SnippetWeek.schedule().entries());
                    entries.add(HolidayOffer.dayOff(country, h));
                    Schedule schedule = new Schedule(SnippetWeek.AMSTERDAM, entries);
                    TextService.Data data = new TextService.Data(settings, schedule, new StatusResolver(schedule,
                            settings.channels(), Optional.empty()), SnippetWeek.PHONES, HOLIDAYS);
                    Instant tenOClock = h.date().atTime(10, 0).atZone(SnippetWeek.AMSTERDAM).toInstant();
                    String reply = TEXTS.text(new TextService.Request(Target.AUTOREPLY, Format.TEXT, language), data,
                            tenOClock).text();
                    Matcher away = Pattern.compile("(Op .+? ben ik er niet\\.|I am away on .+?\\.)").matcher(reply);
                    assertTrue(away.find(), reply);
                    said.computeIfAbsent(language, l -> new TreeSet<>()).add(away.group(1));
                }
            }
        }
        assertEquals(Set.of("Op de Nationale feestdag ben ik er niet.", "Op de Dag van de Arbeid ben ik er niet.",
                "Op Koningsdag ben ik er niet.", "Op Goede Vrijdag ben ik er niet.", "Op Tweede Kerstdag ben ik er niet.",
                "Op O.L.V.-Hemelvaart ben ik er niet.", "Op Wapenstilstand ben ik er niet."),
                intersect(said.get("nl"), "Nationale", "Arbeid", "Koningsdag", "Goede", "Tweede Kerstdag",
                        "O.L.V.", "Wapenstilstand"), said.get("nl").toString());
        assertEquals(Set.of("I am away on the King's Feast.", "I am away on King's Day.",
                "I am away on Belgian National Day.", "I am away on Boxing Day."),
                intersect(said.get("en-GB"), "King's", "National", "Boxing"), said.get("en-GB").toString());
        for (Set<String> sentences : said.values()) {
            for (String sentence : sentences) {
                // "Op Nationale feestdag": a common noun after "op" wants its article
                assertFalse(sentence.matches("Op [A-Z][a-z]+e [a-z]+ .*|.* on [A-Z][a-z]+'s Feast\\."), sentence);
            }
        }
    }

    private static Set<String> intersect(Set<String> sentences, String... words) {
        Set<String> chosen = new TreeSet<>();
        for (String s : sentences) {
            for (String w : words) {
                if (s.contains(w)) {
                    chosen.add(s);
                }
            }
        }
        return chosen;
    }
}
