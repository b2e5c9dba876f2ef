package org.reachable.adapters.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reachable.domain.port.PublicHolidays.Holiday;
import org.reachable.domain.port.PublicHolidays.Kind;

/** The days jollyday gives for NL and BE, with the names people use and what is a day off by law. */
class JollydayHolidaysTest {

    private final JollydayHolidays holidays = new JollydayHolidays();

    private Map<LocalDate, Holiday> year(String country, int year, String language) {
        return holidays.between(country, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), language).stream()
                .collect(Collectors.toMap(Holiday::date, h -> h));
    }

    @Test
    void kingsDayIsTheSaturdayBeforeWhenTheTwentySeventhIsASunday() {
        // 27 April 2025 was a Sunday: Koningsdag was Saturday 26 April (jollyday's MovingCondition)
        Holiday h2025 = year("NL", 2025, "nl").get(LocalDate.of(2025, 4, 26));
        assertEquals("Koningsdag", h2025.name());
        assertFalse(year("NL", 2025, "nl").containsKey(LocalDate.of(2025, 4, 27)));
        // 27 April 2027 is a Tuesday: Koningsdag stays on the 27th
        Holiday h2027 = year("NL", 2027, "en").get(LocalDate.of(2027, 4, 27));
        assertEquals("King's Day", h2027.name());
        assertEquals(Kind.PUBLIC_HOLIDAY, h2027.kind());
    }

    @Test
    void goodFridayIsAnObservanceNotADayOff() {
        Holiday goodFriday = year("NL", 2027, "nl").get(LocalDate.of(2027, 3, 26));
        assertEquals("Goede Vrijdag", goodFriday.name());
        assertEquals(Kind.OBSERVANCE, goodFriday.kind());
        assertFalse(goodFriday.dayOffByLaw());
    }

    @Test
    void liberationDayIsADayOffOnlyInALustrumYear() {
        assertEquals(Kind.OFF_SOME_YEARS, year("NL", 2027, "nl").get(LocalDate.of(2027, 5, 5)).kind());
        assertEquals(Kind.PUBLIC_HOLIDAY, year("NL", 2030, "nl").get(LocalDate.of(2030, 5, 5)).kind());
        assertEquals("Bevrijdingsdag", year("NL", 2027, "nl").get(LocalDate.of(2027, 5, 5)).name());
    }

    @Test
    void theNetherlandsKeepsElevenDaysOfWhichNineAreOffByLawIn2027() {
        List<String> off = year("NL", 2027, "nl").values().stream().filter(Holiday::dayOffByLaw)
                .sorted(java.util.Comparator.comparing(Holiday::date)).map(Holiday::name).toList();
        assertEquals(List.of("Nieuwjaarsdag", "Eerste Paasdag", "Tweede Paasdag", "Koningsdag", "Hemelvaartsdag",
                "Eerste Pinksterdag", "Tweede Pinksterdag", "Eerste Kerstdag", "Tweede Kerstdag"), off);
        assertEquals(LocalDate.of(2027, 5, 6), year("NL", 2027, "en").values().stream()
                .filter(h -> h.name().equals("Ascension Day")).findFirst().orElseThrow().date());
    }

    @Test
    void belgiumKeepsArmisticeOnTheEleventhOfNovember() {
        Holiday armistice = year("BE", 2026, "nl").get(LocalDate.of(2026, 11, 11));
        assertEquals("Wapenstilstand", armistice.name());
        assertEquals(Kind.PUBLIC_HOLIDAY, armistice.kind());
        assertEquals("Armistice Day", year("BE", 2026, "en").get(LocalDate.of(2026, 11, 11)).name());
        assertEquals("Nationale feestdag", year("BE", 2026, "nl").get(LocalDate.of(2026, 7, 21)).name());
        assertEquals(Kind.OBSERVANCE, year("BE", 2026, "nl").get(LocalDate.of(2026, 11, 2)).kind(), "Allerzielen");
        assertEquals(12, year("BE", 2026, "nl").values().stream().filter(Holiday::dayOffByLaw).count(),
                "ten legal holidays and two Sundays (Pasen, Pinksteren)");
    }

    @Test
    void anyCountryJollydayKnowsGetsItsHolidaysWithJollydaysNames() {
        assertTrue(holidays.knows("de"));
        assertTrue(holidays.countries().contains("GB"));
        assertFalse(holidays.countries().contains("NYSE"), "a stock exchange is no country");
        Holiday unity = year("DE", 2027, "en").get(LocalDate.of(2027, 10, 3));
        assertEquals(Kind.PUBLIC_HOLIDAY, unity.kind());
        assertFalse(unity.name().isBlank());
    }

    @Test
    void anUnknownCountryHasNoHolidays() {
        assertFalse(holidays.knows("ZZ"));
        assertEquals(List.of(), holidays.between("ZZ", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "nl"));
        assertFalse(holidays.knows(null));
    }

    @Test
    void holidaysComeInDateOrderWithinTheRangeAsked() {
        List<Holiday> spring = holidays.between("NL", LocalDate.of(2027, 4, 27), LocalDate.of(2027, 5, 6), "nl");
        assertEquals(List.of(LocalDate.of(2027, 4, 27), LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 6)),
                spring.stream().map(Holiday::date).toList());
    }

    /** A day off keeps the name it was taken under; a text in another language asks for its own. */
    @Test
    void aHolidayTakenInDutchIsNamedInEnglishAndBack() {
        LocalDate kingsDay = LocalDate.of(2027, 4, 27);
        assertEquals(java.util.Optional.of("King's Day"), holidays.renamed("nl", kingsDay, "Koningsdag", "nl", "en-GB"));
        assertEquals(java.util.Optional.of("Tweede Kerstdag"),
                holidays.renamed("nl", LocalDate.of(2027, 12, 26), "Boxing Day", "en", "nl"));
        // a day off the user renamed is not the holiday any more: no name rather than a guess
        assertEquals(java.util.Optional.empty(), holidays.renamed("nl", kingsDay, "Koningsdag (vrij)", "nl", "en"));
    }

    /** Names stand in a sentence: "Op … ben ik er niet.", "I am away on …". */
    @Test
    void namesReadInASentenceInEachLanguage() {
        LocalDate whitMonday = LocalDate.of(2027, 5, 17);
        assertEquals("Whit Monday", year("NL", 2027, "en-GB").get(whitMonday).name());
        assertEquals("Pentecost Monday", year("NL", 2027, "en-US").get(whitMonday).name());
        assertEquals("Pentecost Monday", year("DE", 2027, "en-US").get(whitMonday).name());
        // jollyday's "2nd Christmas day" and "Labour day" for the countries we have no list of our own for
        assertEquals("Boxing Day", year("DE", 2027, "en").get(LocalDate.of(2027, 12, 26)).name());
        assertEquals("Labour Day", year("DE", 2027, "en").get(LocalDate.of(2027, 5, 1)).name());
        assertEquals("Labor Day", year("US", 2027, "en-US").get(LocalDate.of(2027, 9, 6)).name());
        // Flemish: "Op Paaszondag", not "Op Pasen"; "Op Kerstdag", not "Op Kerstmis"
        assertEquals("Paaszondag", year("BE", 2027, "nl").get(LocalDate.of(2027, 3, 28)).name());
        assertEquals("Kerstdag", year("BE", 2027, "nl").get(LocalDate.of(2027, 12, 25)).name());
    }
}
