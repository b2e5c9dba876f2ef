package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reachable.domain.text.Weeks.AMSTERDAM;
import static org.reachable.domain.text.Weeks.THURSDAY_26_NOVEMBER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;

/** "I answer …" as an auto-reply says it, from the real next e-mail window of the example week. */
class AnswerFromTest {

    private static final Words NL = Words.dutch();
    private static final Words GB = Words.english();
    private static final Words US = Words.english(true, true);
    /** Thursday 26 November 2026, 12:00 in Amsterdam: between the two e-mail windows. */
    private static final Instant THURSDAY_NOON = Instant.parse("2026-11-26T11:00:00Z");
    /** Thursday 26 November 2026, 19:00 in Amsterdam: after the last window. */
    private static final Instant THURSDAY_EVENING = Instant.parse("2026-11-26T18:00:00Z");
    /** Friday 27 November 2026, 19:00 in Amsterdam: the weekend is ahead. */
    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-27T18:00:00Z");

    private static Instant nextEmail(Schedule schedule, Instant now) {
        return new StatusResolver(schedule, Settings.defaultChannels(), Optional.empty())
                .nextReachable("email", now).orElseThrow();
    }

    private static String nl(Instant now) {
        return NL.answerFrom(nextEmail(Weeks.example(), now), AMSTERDAM, now);
    }

    @Test
    void atNoonTheAnswerComesThisAfternoon() {
        assertEquals("vandaag vanaf 16.00 uur", nl(THURSDAY_NOON));
        assertEquals("today from 16:00", GB.answerFrom(nextEmail(Weeks.example(), THURSDAY_NOON), AMSTERDAM,
                THURSDAY_NOON));
        assertEquals("today from 4 pm", US.answerFrom(nextEmail(Weeks.example(), THURSDAY_NOON), AMSTERDAM,
                THURSDAY_NOON));
    }

    @Test
    void inTheEveningTheAnswerComesTomorrowMorning() {
        assertEquals("morgen vanaf 9.00 uur", nl(THURSDAY_EVENING));
        assertEquals("tomorrow from 9:00", GB.answerFrom(nextEmail(Weeks.example(), THURSDAY_EVENING), AMSTERDAM,
                THURSDAY_EVENING));
    }

    @Test
    void onFridayEveningTheAnswerComesOnMondayWithItsDate() {
        Instant monday = nextEmail(Weeks.example(), FRIDAY_EVENING);
        assertEquals("maandag 30 november vanaf 9.00 uur", NL.answerFrom(monday, AMSTERDAM, FRIDAY_EVENING));
        assertEquals("on Monday 30 November from 9:00", GB.answerFrom(monday, AMSTERDAM, FRIDAY_EVENING));
        assertEquals("on Monday, November 30 from 9 am", US.answerFrom(monday, AMSTERDAM, FRIDAY_EVENING));
    }

    @Test
    void afterAHolidayOverNewYearTheDateNeedsNoYear() {
        List<ScheduleEntry> entries = new java.util.ArrayList<>(Weeks.example().entries());
        entries.add(DayOff.of("christmas", LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1), DayOffReason.VACATION));
        Schedule withHoliday = new Schedule(AMSTERDAM, entries);
        Instant december18 = Instant.parse("2026-12-18T18:00:00Z");
        assertEquals("maandag 4 januari vanaf 9.00 uur",
                NL.answerFrom(nextEmail(withHoliday, december18), AMSTERDAM, december18));
    }

    @Test
    void aDateHalfAYearAwayOrMoreCarriesItsYear() {
        LocalDate june = LocalDate.of(2027, 6, 7);
        assertEquals("maandag 7 juni 2027", NL.day(june, THURSDAY_26_NOVEMBER));
        assertEquals("on Monday 7 June 2027", GB.onDay(june, THURSDAY_26_NOVEMBER));
        assertEquals("on Monday, June 7, 2027", US.onDay(june, THURSDAY_26_NOVEMBER));
    }

    @Test
    void todayAndTomorrowFollowTheHomeZoneNotUtc() {
        // 23:30 UTC on the 26th is already 00:30 on the 27th in Amsterdam
        Instant justAfterMidnight = Instant.parse("2026-11-26T23:30:00Z");
        assertEquals("morgen vanaf 0.30 uur", NL.answerFrom(justAfterMidnight, AMSTERDAM, THURSDAY_EVENING));
    }

    @Test
    void aDayOffSaysTheDayBackInFull() {
        LocalDate backOn = LocalDate.of(2027, 1, 4);
        assertEquals("maandag 4 januari", NL.date(backOn, THURSDAY_26_NOVEMBER));
        assertEquals("Monday 4 January", GB.date(backOn, THURSDAY_26_NOVEMBER));
        assertEquals("morgen", NL.day(THURSDAY_26_NOVEMBER.plusDays(1), THURSDAY_26_NOVEMBER));
        assertEquals("vandaag", NL.onDay(THURSDAY_26_NOVEMBER, THURSDAY_26_NOVEMBER));
    }
}
