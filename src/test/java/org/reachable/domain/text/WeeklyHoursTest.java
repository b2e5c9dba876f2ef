package org.reachable.domain.text;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reachable.domain.text.DayStyle.LONG;
import static org.reachable.domain.text.DayStyle.SHORT;
import static org.reachable.domain.text.Weeks.AMSTERDAM;
import static org.reachable.domain.text.Weeks.THURSDAY_26_NOVEMBER;
import static org.reachable.domain.text.Weeks.WORKDAYS;
import static org.reachable.domain.text.Weeks.days;
import static org.reachable.domain.text.Weeks.focus;
import static org.reachable.domain.text.Weeks.focusOnce;
import static org.reachable.domain.text.Weeks.schedule;
import static org.reachable.domain.text.Weeks.window;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.Schedule;

class WeeklyHoursTest {

    private static final Words NL = Words.dutch();
    private static final Words EN = Words.english();

    private static String nl(Schedule schedule, String channel) {
        return NL.summary(WeeklyHours.forChannel(schedule, channel), SHORT);
    }

    private static String en(Schedule schedule, String channel) {
        return EN.summary(WeeklyHours.forChannel(schedule, channel), LONG);
    }

    @Test
    void theExamplePhoneHoursLoseWednesdayFourToFiveToTheFocusBlock() {
        assertEquals("ma, di, do en vr 9.00–11.00 en 16.00–18.00 uur; wo 9.00–11.00 en 17.00–18.00 uur",
                nl(Weeks.example(), "phone"));
        assertEquals("Monday, Tuesday, Thursday and Friday 9:00–11:00 and 16:00–18:00; "
                + "Wednesday 9:00–11:00 and 17:00–18:00", en(Weeks.example(), "phone"));
    }

    @Test
    void theExampleWhatsAppDayEndsAtOneOnWednesday() {
        assertEquals("ma, di, do en vr 9.00–17.00 uur; wo 9.00–13.00 uur", nl(Weeks.example(), "whatsapp"));
        assertEquals("Monday, Tuesday, Thursday and Friday 9:00–17:00; Wednesday 9:00–13:00",
                en(Weeks.example(), "whatsapp"));
    }

    @Test
    void anyChannelJoinsTheHoursOfAllChannels() {
        assertEquals("ma, di, do en vr 9.00–18.00 uur; wo 9.00–13.00 en 17.00–18.00 uur",
                NL.summary(WeeklyHours.forAnyChannel(Weeks.example()), SHORT));
    }

    @Test
    void aChannelWithoutAWindowHasNoHoursAndNoText() {
        assertEquals(List.of(), WeeklyHours.forChannel(Weeks.example(), "sms"));
        assertEquals("", nl(Weeks.example(), "sms"));
    }

    @Test
    void aFocusBlockForOneChannelLeavesTheOthersAlone() {
        Schedule s = schedule(window(WORKDAYS, "09:00", "17:00", "phone", "email"),
                focus(days(FRIDAY), "09:00", "12:00", "phone"));
        assertEquals("ma t/m do 9.00–17.00 uur; vr 12.00–17.00 uur", nl(s, "phone"));
        assertEquals("ma t/m vr 9.00–17.00 uur", nl(s, "email"));
    }

    @Test
    void theOrderOfEntriesDoesNotMatterFocusAlwaysWins() {
        Schedule focusFirst = schedule(focus(WORKDAYS, "12:00", "13:00"), window(WORKDAYS, "09:00", "17:00", "phone"));
        assertEquals("ma t/m vr 9.00–12.00 en 13.00–17.00 uur", nl(focusFirst, "phone"));
    }

    @Test
    void rangesOfADayAreSortedWhateverOrderTheyWereEnteredIn() {
        Schedule s = schedule(window(WORKDAYS, "16:00", "18:00", "phone"), window(WORKDAYS, "09:00", "11:00", "phone"));
        assertEquals("ma t/m vr 9.00–11.00 en 16.00–18.00 uur", nl(s, "phone"));
    }

    @Test
    void windowsThatTouchOrOverlapBecomeOneRange() {
        Schedule s = schedule(window(WORKDAYS, "09:00", "12:00", "phone"), window(WORKDAYS, "12:00", "15:00", "phone"),
                window(WORKDAYS, "14:00", "17:00", "phone"));
        assertEquals("ma t/m vr 9.00–17.00 uur", nl(s, "phone"));
    }

    @Test
    void aNightShiftStaysOneRangeOnTheDayItStarts() {
        Schedule s = schedule(window(WORKDAYS, "22:00", "02:00", "phone"));
        assertEquals("ma t/m vr 22.00–2.00 uur", nl(s, "phone"));
        assertEquals("Monday to Friday 22:00–2:00", en(s, "phone"));
    }

    @Test
    void aSundayNightShiftRunsIntoMondayButIsStillSunday() {
        Schedule s = schedule(window(days(SUNDAY), "22:00", "02:00", "phone"));
        assertEquals("zo 22.00–2.00 uur", nl(s, "phone"));
    }

    @Test
    void eveningAndEarlyMorningWindowsThatMeetAtMidnightAreOneNight() {
        Schedule s = schedule(window(days(MONDAY), "20:00", "00:00", "phone"), window(days(TUESDAY), "00:00", "03:00", "phone"));
        assertEquals("ma 20.00–3.00 uur", nl(s, "phone"));
    }

    @Test
    void anEveningUntilMidnightIsWrittenUntil24() {
        Schedule s = schedule(window(days(SATURDAY), "20:00", "00:00", "phone"));
        assertEquals("za 20.00–24.00 uur", nl(s, "phone"));
    }

    @Test
    void aFocusBlockCanCutTheMorningHalfOfANightShift() {
        Schedule s = schedule(window(days(MONDAY), "22:00", "04:00", "phone"), focus(days(TUESDAY), "01:00", "02:00"));
        assertEquals("ma 22.00–1.00 uur; di 2.00–4.00 uur", nl(s, "phone"));
    }

    @Test
    void weekendHoursAreSaturdayAndSunday() {
        Schedule s = schedule(window(days(SATURDAY, SUNDAY), "10:00", "14:00", "whatsapp"));
        assertEquals("za en zo 10.00–14.00 uur", nl(s, "whatsapp"));
        assertEquals("Saturday and Sunday 10:00–14:00", en(s, "whatsapp"));
    }

    @Test
    void aSplitDayAndASingleDayAreSeparateLines() {
        Schedule s = schedule(window(days(MONDAY, WEDNESDAY, FRIDAY), "08:30", "12:00", "phone"),
                window(days(MONDAY, WEDNESDAY, FRIDAY), "13:00", "17:30", "phone"),
                window(days(SATURDAY), "10:00", "12:00", "phone"));
        assertEquals("ma, wo en vr 8.30–12.00 en 13.00–17.30 uur; za 10.00–12.00 uur", nl(s, "phone"));
        assertEquals("Monday, Wednesday and Friday 8:30–12:00 and 13:00–17:30; Saturday 10:00–12:00", en(s, "phone"));
    }

    @Test
    void allSevenDaysAreEveryDay() {
        Schedule s = schedule(window(EnumSet.allOf(DayOfWeek.class), "08:00", "20:00", "phone"));
        assertEquals("elke dag 8.00–20.00 uur", nl(s, "phone"));
        assertEquals("every day 8:00–20:00", en(s, "phone"));
    }

    @Test
    void roundTheClockIsTheWholeDay() {
        Set<DayOfWeek> all = EnumSet.allOf(DayOfWeek.class);
        Schedule s = schedule(window(all, "00:00", "12:00", "urgent"), window(all, "12:00", "00:00", "urgent"));
        assertEquals("elke dag de hele dag", nl(s, "urgent"));
        assertEquals("every day all day", en(s, "urgent"));
    }

    @Test
    void aLongWeekendRoundTheClockIsCutAtEachMidnight() {
        Schedule s = schedule(window(days(FRIDAY), "18:00", "00:00", "phone"),
                window(days(SATURDAY, SUNDAY), "00:00", "12:00", "phone"),
                window(days(SATURDAY), "12:00", "00:00", "phone"));
        assertEquals("vr 18.00–24.00 uur; za de hele dag; zo 0.00–12.00 uur", nl(s, "phone"));
    }

    @Test
    void datedEntriesAreExceptionsAndDoNotChangeTheWeek() {
        Schedule s = schedule(window(WORKDAYS, "09:00", "17:00", "phone"),
                focusOnce("2026-11-30T09:00", "2026-11-30T12:00"),
                new ExtraWindow("extra", null, new Dated(LocalDateTime.parse("2026-11-28T10:00"),
                        LocalDateTime.parse("2026-11-28T12:00")), Set.of("phone")),
                DayOff.of("off", THURSDAY_26_NOVEMBER, THURSDAY_26_NOVEMBER.plusDays(1), DayOffReason.VACATION));
        assertEquals("ma t/m vr 9.00–17.00 uur", nl(s, "phone"));
    }

    @Test
    void inLondonTheExampleWhatsAppHoursAreAnHourEarlier() {
        List<HoursLine> london = WeeklyHours.inZone(WeeklyHours.forChannel(Weeks.example(), "whatsapp"),
                AMSTERDAM, ZoneId.of("Europe/London"), THURSDAY_26_NOVEMBER);
        assertEquals("ma, di, do en vr 8.00–16.00 uur; wo 8.00–12.00 uur", NL.summary(london, SHORT));
    }

    @Test
    void inAucklandTheAfternoonHoursMoveToTheNextMorning() {
        List<HoursLine> auckland = WeeklyHours.inZone(WeeklyHours.forChannel(Weeks.example(), "phone"),
                AMSTERDAM, ZoneId.of("Pacific/Auckland"), THURSDAY_26_NOVEMBER);
        assertEquals("Mon 21:00–23:00; Tue, Wed and Fri 4:00–6:00 and 21:00–23:00; Thu 5:00–6:00 and 21:00–23:00; "
                + "Sat 4:00–6:00", EN.summary(auckland, SHORT));
    }
}
