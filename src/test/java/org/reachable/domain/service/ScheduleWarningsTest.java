package org.reachable.domain.service;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.service.ScheduleWarnings.Kind;
import org.reachable.domain.service.ScheduleWarnings.Warning;

class ScheduleWarningsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Set<DayOfWeek> WORKDAYS = EnumSet.range(MONDAY, FRIDAY);
    private static final Channel PHONE = Channel.of("phone", ChannelType.PHONE, "Phone");
    private static final Channel EMAIL = Channel.of("email", ChannelType.EMAIL, "E-mail");
    private static final Channel SMS = Channel.of("sms", ChannelType.SMS, "SMS");
    private static final Channel URGENT = Channel.of("urgent", ChannelType.PHONE, "Urgent line")
            .withUrgentOnly("only when a guest is locked out");
    private static final List<Channel> PHONE_AND_EMAIL = List.of(PHONE, EMAIL);

    private static ReachableWindow window(String uid, Set<DayOfWeek> days, String from, String to,
            String... channels) {
        return new ReachableWindow(uid, null, Weekly.of(days, TimeRange.of(from, to)), Set.of(channels));
    }

    private static FocusBlock focus(String uid, Set<DayOfWeek> days, String from, String to, String... channels) {
        return new FocusBlock(uid, null, Weekly.of(days, TimeRange.of(from, to)), Set.of(channels));
    }

    private static List<Warning> check(List<Channel> channels, ScheduleEntry... entries) {
        return ScheduleWarnings.check(new Schedule(AMSTERDAM, List.of(entries)), channels);
    }

    private static Warning neverReachable(String uid, DayOfWeek... days) {
        return new Warning(Kind.NEVER_REACHABLE, uid, "", EnumSet.copyOf(List.of(days)));
    }

    private static Warning withoutWindow(String channelId) {
        return new Warning(Kind.CHANNEL_WITHOUT_WINDOW, "", channelId, Set.of());
    }

    @Test
    void theExampleWeekOnlyWarnsThatSmsHasNoWindow() {
        Schedule example = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));
        assertEquals(List.of(withoutWindow("sms")), ScheduleWarnings.check(example, Settings.defaultChannels()));
    }

    @Test
    void aWindowInsideAFocusBlockOnSomeDaysIsNeverReachableOnThoseDays() {
        List<Warning> warnings = check(PHONE_AND_EMAIL,
                window("late", WORKDAYS, "16:00", "18:00", "phone", "email"),
                focus("deep-work", EnumSet.of(WEDNESDAY, FRIDAY), "15:00", "18:00"));
        assertEquals(List.of(neverReachable("late", WEDNESDAY, FRIDAY)), warnings);
    }

    @Test
    void twoFocusBlocksTogetherCanSwallowAWindow() {
        List<Warning> warnings = check(PHONE_AND_EMAIL,
                window("morning", WORKDAYS, "09:00", "11:00", "phone", "email"),
                window("late", EnumSet.of(MONDAY), "16:00", "18:00", "phone", "email"),
                focus("first", EnumSet.of(MONDAY), "15:00", "17:00"),
                focus("second", EnumSet.of(MONDAY), "17:00", "18:30"));
        assertEquals(List.of(neverReachable("late", MONDAY)), warnings);
    }

    @Test
    void aFocusBlockLeavingOneMinuteOfTheWindowOpenIsFine() {
        List<Warning> warnings = check(PHONE_AND_EMAIL,
                window("late", EnumSet.of(MONDAY), "16:00", "18:00", "phone", "email"),
                focus("first", EnumSet.of(MONDAY), "15:00", "17:59"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aWindowStaysReachableWhileOneOfItsChannelsIsFree() {
        ReachableWindow morning = window("morning", WORKDAYS, "09:00", "11:00", "phone", "email");
        assertEquals(List.of(), check(PHONE_AND_EMAIL, morning, focus("no-calls", WORKDAYS, "09:00", "11:00",
                "phone")));
        assertEquals(List.of(neverReachable("morning", TUESDAY)), check(PHONE_AND_EMAIL, morning,
                focus("no-calls", WORKDAYS, "09:00", "11:00", "phone"),
                focus("no-mail", EnumSet.of(TUESDAY), "08:00", "12:00", "email")));
    }

    @Test
    void aWindowCrossingMidnightNeedsFocusOnBothSidesOfMidnight() {
        ReachableWindow day = window("day", WORKDAYS, "09:00", "17:00", "phone");
        ReachableWindow night = window("night", EnumSet.of(SUNDAY), "22:00", "02:00", "phone");
        FocusBlock sundayEvening = focus("sunday-evening", EnumSet.of(SUNDAY), "21:00", "00:00");
        FocusBlock mondayNight = focus("monday-night", EnumSet.of(MONDAY), "00:00", "03:00");
        assertEquals(List.of(), check(List.of(PHONE), day, night, sundayEvening));
        assertEquals(List.of(neverReachable("night", SUNDAY)), check(List.of(PHONE), day, night, sundayEvening,
                mondayNight));
    }

    @Test
    void aFocusBlockOnSundayNightSpillsIntoMondayMorning() {
        List<Warning> warnings = check(List.of(PHONE),
                window("early", EnumSet.of(MONDAY, TUESDAY), "00:30", "01:30", "phone"),
                window("day", WORKDAYS, "09:00", "17:00", "phone"),
                focus("late-sunday", EnumSet.of(SUNDAY), "20:00", "02:00"));
        assertEquals(List.of(neverReachable("early", MONDAY)), warnings);
    }

    @Test
    void aChannelInNoWindowIsReportedInTheOrderOfTheChannelList() {
        List<Warning> warnings = check(List.of(SMS, PHONE, EMAIL, URGENT),
                window("day", WORKDAYS, "09:00", "17:00", "phone"));
        assertEquals(List.of(withoutWindow("sms"), withoutWindow("email")), warnings,
                "the urgent line needs no window");
    }

    @Test
    void anExtraWindowGivesAChannelAWindow() {
        ExtraWindow saturday = new ExtraWindow("saturday", null, new Dated(LocalDateTime.parse("2026-11-28T10:00"),
                LocalDateTime.parse("2026-11-28T12:00")), Set.of("email"));
        assertEquals(List.of(), check(PHONE_AND_EMAIL, window("day", WORKDAYS, "09:00", "17:00", "phone"),
                saturday));
    }

    @Test
    void anEmptyScheduleGetsOneWarningNotOnePerChannel() {
        assertEquals(List.of(new Warning(Kind.NO_REACHABLE_TIME, "", "", Set.of())),
                check(Settings.defaultChannels()));
    }

    @Test
    void whenFocusSwallowsEveryWindowOnlyThatIsSaid() {
        List<Warning> warnings = check(PHONE_AND_EMAIL,
                window("morning", WORKDAYS, "09:00", "11:00", "phone", "email"),
                window("afternoon", WORKDAYS, "14:00", "16:00", "phone", "email"),
                focus("all-day", WORKDAYS, "08:00", "18:00"));
        assertEquals(List.of(new Warning(Kind.NO_REACHABLE_TIME, "", "", Set.of())), warnings);
    }

    @Test
    void aWindowForTheUrgentLineAloneGivesNoReachableTime() {
        List<Channel> channels = new ArrayList<>(PHONE_AND_EMAIL);
        channels.add(URGENT);
        List<Warning> warnings = check(channels, window("on-call", WORKDAYS, "09:00", "17:00", "urgent"));
        assertEquals(List.of(new Warning(Kind.NO_REACHABLE_TIME, "", "", Set.of()), withoutWindow("phone"),
                withoutWindow("email")), warnings);
    }

    @Test
    void warningsComeMostSeriousFirstThenByDayThenByWindow() {
        List<Warning> warnings = check(List.of(PHONE, EMAIL, SMS),
                window("day", WORKDAYS, "09:00", "17:00", "phone"),
                window("a-tuesday", EnumSet.of(TUESDAY), "18:00", "19:00", "phone"),
                window("z-monday", EnumSet.of(MONDAY), "18:00", "19:00", "phone"),
                window("b-monday", EnumSet.of(MONDAY, TUESDAY), "18:30", "19:00", "phone"),
                focus("evening", EnumSet.of(MONDAY, TUESDAY), "17:30", "20:00"));
        assertEquals(List.of(
                neverReachable("b-monday", MONDAY, TUESDAY),
                neverReachable("z-monday", MONDAY),
                neverReachable("a-tuesday", TUESDAY),
                withoutWindow("email"),
                withoutWindow("sms")), warnings);
    }
}
