package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

class SeriesWordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Weekly TUESDAY = new Weekly(EnumSet.of(DayOfWeek.TUESDAY), TimeRange.of("09:00", "11:00"),
            LocalDate.of(2026, 1, 6));

    @Test
    void aPlainPatternSaysItsDays() {
        assertEquals("elke dinsdag", SeriesWords.rule(TUESDAY, Words.dutch(), TODAY));
        assertEquals("every Tuesday", SeriesWords.rule(TUESDAY, Words.english(), TODAY));
    }

    @Test
    void everyOtherWeekUntilADateWithItsExceptionsCounted() {
        Weekly weekly = TUESDAY.withSeries(new Series(2, LocalDate.of(2027, 3, 30), Set.of(LocalDate.of(2026, 12, 15),
                LocalDate.of(2026, 12, 29)), Set.of(), Map.of(LocalDate.of(2027, 1, 12),
                new Dated(LocalDateTime.of(2027, 1, 13, 9, 0), LocalDateTime.of(2027, 1, 13, 11, 0)))));
        assertEquals("om de week op dinsdag tot en met dinsdag 30 maart; 2 keer overgeslagen en 1 keer verplaatst",
                SeriesWords.rule(weekly, Words.dutch(), TODAY));
        assertEquals("every other Tuesday until Tuesday 30 March; skipped twice and moved once",
                SeriesWords.rule(weekly, Words.english(), TODAY));
    }

    @Test
    void everyFewWeeksOnWorkdaysFromALaterStart() {
        Weekly weekly = new Weekly(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeRange.of("09:00", "11:00"),
                LocalDate.of(2027, 1, 4), Series.EVERY_WEEK.withWeeks(3));
        assertEquals("om de 3 weken op maandag t/m vrijdag, vanaf maandag 4 januari",
                SeriesWords.rule(weekly, Words.dutch(), TODAY));
        assertEquals("every 3 weeks on Monday to Friday, from Monday 4 January",
                SeriesWords.rule(weekly, Words.english(), TODAY));
    }
}
