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
}
