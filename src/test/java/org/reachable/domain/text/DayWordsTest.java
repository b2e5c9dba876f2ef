package org.reachable.domain.text;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reachable.domain.text.DayStyle.LONG;
import static org.reachable.domain.text.DayStyle.SHORT;
import static org.reachable.domain.text.DayStyle.SPOKEN;
import static org.reachable.domain.text.Weeks.WORKDAYS;
import static org.reachable.domain.text.Weeks.days;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayWordsTest {

    private static final Words NL = Words.dutch();
    private static final Words EN = Words.english();
    private static final Set<DayOfWeek> MON_WED_FRI = days(MONDAY, WEDNESDAY, FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = days(SATURDAY, SUNDAY);
    private static final Set<DayOfWeek> ALL = EnumSet.allOf(DayOfWeek.class);

    @Test
    void aWorkingWeekIsMaTmVrInDutch() {
        assertEquals("ma t/m vr", NL.days(WORKDAYS, SHORT));
        assertEquals("maandag t/m vrijdag", NL.days(WORKDAYS, LONG));
        assertEquals("maandag tot en met vrijdag", NL.days(WORKDAYS, SPOKEN));
    }

    @Test
    void aWorkingWeekIsMondayToFridayInEnglish() {
        assertEquals("Mon–Fri", EN.days(WORKDAYS, SHORT));
        assertEquals("Monday to Friday", EN.days(WORKDAYS, LONG));
        assertEquals("Monday to Friday", EN.days(WORKDAYS, SPOKEN));
    }

    @Test
    void daysApartAreListedWithCommasAndAnd() {
        assertEquals("ma, wo en vr", NL.days(MON_WED_FRI, SHORT));
        assertEquals("maandag, woensdag en vrijdag", NL.days(MON_WED_FRI, LONG));
        assertEquals("Mon, Wed and Fri", EN.days(MON_WED_FRI, SHORT));
        assertEquals("Monday, Wednesday and Friday", EN.days(MON_WED_FRI, LONG));
    }

    @Test
    void twoDaysInARowStayTwoDays() {
        assertEquals("za en zo", NL.days(WEEKEND, SHORT));
        assertEquals("zaterdag en zondag", NL.days(WEEKEND, LONG));
        assertEquals("Sat and Sun", EN.days(WEEKEND, SHORT));
        assertEquals("ma en di", NL.days(days(MONDAY, TUESDAY), SHORT));
    }

    @Test
    void threeDaysInARowBecomeARun() {
        assertEquals("ma t/m wo", NL.days(days(MONDAY, TUESDAY, WEDNESDAY), SHORT));
        assertEquals("Mon–Wed", EN.days(days(MONDAY, TUESDAY, WEDNESDAY), SHORT));
    }

    @Test
    void allSevenDaysAreEveryDay() {
        assertEquals("elke dag", NL.days(ALL, SHORT));
        assertEquals("elke dag", NL.days(ALL, SPOKEN));
        assertEquals("every day", EN.days(ALL, LONG));
    }

    @Test
    void sixDaysAreARunFromMonday() {
        Set<DayOfWeek> six = EnumSet.range(MONDAY, SATURDAY);
        assertEquals("ma t/m za", NL.days(six, SHORT));
        assertEquals("Monday to Saturday", EN.days(six, LONG));
    }

    @Test
    void aSingleDayIsJustItsName() {
        assertEquals("wo", NL.days(days(WEDNESDAY), SHORT));
        assertEquals("woensdag", NL.days(days(WEDNESDAY), LONG));
        assertEquals("Wednesday", EN.days(days(WEDNESDAY), LONG));
    }

    @Test
    void runsAndSingleDaysMix() {
        assertEquals("ma t/m wo en vr", NL.days(days(MONDAY, TUESDAY, WEDNESDAY, FRIDAY), SHORT));
        assertEquals("Monday to Wednesday and Friday", EN.days(days(MONDAY, TUESDAY, WEDNESDAY, FRIDAY), LONG));
        assertEquals("ma en wo t/m vr", NL.days(days(MONDAY, WEDNESDAY, THURSDAY, FRIDAY), SHORT));
    }

    @Test
    void theWeekStartsOnMondaySoFridayToMondayDoesNotWrap() {
        Set<DayOfWeek> longWeekend = days(FRIDAY, SATURDAY, SUNDAY, MONDAY);
        assertEquals("ma en vr t/m zo", NL.days(longWeekend, SHORT));
        assertEquals("Mon and Fri–Sun", EN.days(longWeekend, SHORT));
    }

    @Test
    void noDaysAreNoWords() {
        assertEquals("", NL.days(EnumSet.noneOf(DayOfWeek.class), SHORT));
    }

    @Test
    void inASentenceARunTakesVanAndSingleDaysTakeOp() {
        assertEquals("van maandag tot en met vrijdag", NL.daysInSentence(WORKDAYS, SPOKEN));
        assertEquals("op maandag, woensdag en vrijdag", NL.daysInSentence(MON_WED_FRI, SPOKEN));
        assertEquals("op maandag en van woensdag tot en met vrijdag",
                NL.daysInSentence(days(MONDAY, WEDNESDAY, THURSDAY, FRIDAY), SPOKEN));
        assertEquals("elke dag", NL.daysInSentence(ALL, SPOKEN));
    }

    @Test
    void inAnEnglishSentenceOnlySingleDaysTakeOn() {
        assertEquals("Monday to Friday", EN.daysInSentence(WORKDAYS, SPOKEN));
        assertEquals("on Saturday and Sunday", EN.daysInSentence(WEEKEND, SPOKEN));
        assertEquals("Monday to Wednesday and on Friday",
                EN.daysInSentence(days(MONDAY, TUESDAY, WEDNESDAY, FRIDAY), SPOKEN));
    }

    @Test
    void listsOfAnythingEndWithEnOrAnd() {
        assertEquals("telefoon, e-mail en WhatsApp", NL.list(List.of("telefoon", "e-mail", "WhatsApp")));
        assertEquals("phone and e-mail", EN.list(List.of("phone", "e-mail")));
        assertEquals("phone", EN.list(List.of("phone")));
    }
}
