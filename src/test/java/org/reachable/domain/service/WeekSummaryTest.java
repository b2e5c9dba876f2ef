package org.reachable.domain.service;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

class WeekSummaryTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final List<Channel> DEFAULTS = Settings.defaultChannels();
    private static final Channel PHONE = Channel.of("phone", ChannelType.PHONE, "Phone");
    // Wednesday in the week of Monday 23 November 2026
    private static final Instant WEDNESDAY_NOON = at("2026-11-25T12:00");
    private static final Schedule EXAMPLE = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));

    private static Instant at(String wallClock) {
        return ZonedDateTime.of(LocalDateTime.parse(wallClock), AMSTERDAM).toInstant();
    }

    private static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    private static Schedule withExample(ScheduleEntry... more) {
        List<ScheduleEntry> entries = new ArrayList<>(EXAMPLE.entries());
        entries.addAll(List.of(more));
        return new Schedule(AMSTERDAM, entries);
    }

    private static Schedule onlyPhone(String from, String to, Set<DayOfWeek> days, LocalDate since) {
        return new Schedule(AMSTERDAM, List.of(new ReachableWindow("w", null,
                new Weekly(days, TimeRange.of(from, to), since), Set.of("phone"))));
    }

    private static WeekSummary summary(Schedule schedule, List<Channel> channels, Instant now) {
        return WeekSummary.of(schedule, channels, Optional.empty(), now, MONDAY);
    }

    @Test
    void theExampleWeekAddsUpPerChannelWithWednesdayAfternoonFocus() {
        WeekSummary week = summary(EXAMPLE, DEFAULTS, WEDNESDAY_NOON);
        // phone and e-mail: 4 h a day, but Wednesday's focus 13–17 takes the hour 16–17
        assertEquals(Map.of("phone", hours(19), "email", hours(19), "whatsapp", hours(36), "sms", hours(0)),
                week.reachable());
        assertEquals(List.of("phone", "email", "whatsapp", "sms"), List.copyOf(week.reachable().keySet()),
                "in the order of the channel list");
        assertEquals(hours(4), week.focus());
        assertEquals(hours(4 * 9 + 4 + 1), week.reachableAtAll(), "9–18 four days, Wednesday 9–13 and 17–18");
        assertEquals(Optional.of(at("2026-11-25T13:00")), week.nextChange(), "WhatsApp closes, focus begins");
    }

    @Test
    void theWeekRunsFromTheFirstMidnightToTheNextFirstMidnight() {
        WeekSummary week = summary(EXAMPLE, DEFAULTS, WEDNESDAY_NOON);
        assertEquals(LocalDate.of(2026, 11, 23), week.firstDay());
        assertEquals(at("2026-11-23T00:00"), week.start());
        assertEquals(at("2026-11-30T00:00"), week.end());
    }

    @Test
    void aWeekStartingOnSundayStartsTheSundayBefore() {
        WeekSummary week = WeekSummary.of(EXAMPLE, DEFAULTS, Optional.empty(), WEDNESDAY_NOON, SUNDAY);
        assertEquals(LocalDate.of(2026, 11, 22), week.firstDay());
        assertEquals(at("2026-11-29T00:00"), week.end());
        assertEquals(hours(19), week.reachable("phone"), "the example week has nothing on weekends");
    }

    @Test
    void aDayOffTakesItsWindowsAndFocusOut() {
        DayOff wednesday = DayOff.of("sick", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25),
                DayOffReason.SICK);
        WeekSummary week = summary(withExample(wednesday), DEFAULTS, at("2026-11-23T08:00"));
        assertEquals(hours(16), week.reachable("phone"));
        assertEquals(hours(32), week.reachable("whatsapp"));
        assertEquals(Duration.ZERO, week.focus(), "the day off wins over Wednesday's focus");
    }

    @Test
    void aDayOffThatBeganWeeksAgoEndsInsideThisWeek() {
        DayOff vacation = DayOff.of("vacation", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 24),
                DayOffReason.VACATION);
        WeekSummary week = summary(withExample(vacation), DEFAULTS, WEDNESDAY_NOON);
        assertEquals(hours(4 + 3 + 4), week.reachable("phone"), "back on Wednesday");
    }

    @Test
    void anExtraWindowAddsAndAFocusBlockForOneChannelCountsAsFocus() {
        ExtraWindow saturday = new ExtraWindow("saturday", null, new Dated(LocalDateTime.parse("2026-11-28T10:00"),
                LocalDateTime.parse("2026-11-28T12:30")), Set.of("email"));
        FocusBlock noCalls = new FocusBlock("no-calls", null, new Dated(LocalDateTime.parse("2026-11-23T09:00"),
                LocalDateTime.parse("2026-11-23T10:00")), Set.of("phone"));
        WeekSummary week = summary(withExample(saturday, noCalls), DEFAULTS, WEDNESDAY_NOON);
        assertEquals(hours(19 + 2.5), week.reachable("email"));
        assertEquals(hours(18), week.reachable("phone"));
        assertEquals(hours(4 + 1), week.focus(), "e-mail stays reachable, yet the phone is in focus");
    }

    @Test
    void theUrgentLineIsLeftOutOfTheHours() {
        List<Channel> channels = new ArrayList<>(DEFAULTS);
        channels.add(Channel.of("urgent", ChannelType.PHONE, "Urgent line").withUrgentOnly("emergencies"));
        WeekSummary week = summary(EXAMPLE, channels, WEDNESDAY_NOON);
        assertEquals(Set.of("phone", "email", "whatsapp", "sms"), week.reachable().keySet());
        assertEquals(hours(41), week.reachableAtAll(), "the urgent line does not make the user reachable");
    }

    @Test
    void onTheAutumnClockChangeANightWindowIsAnHourLonger() {
        // Sunday 25 October 2026: 3:00 summer time becomes 2:00 winter time
        Schedule night = onlyPhone("01:00", "04:00", EnumSet.of(SUNDAY), null);
        WeekSummary week = summary(night, List.of(PHONE), at("2026-10-21T12:00"));
        assertEquals(hours(4), week.reachable("phone"));
        assertEquals(Duration.ofHours(7 * 24 + 1), Duration.between(week.start(), week.end()));
    }

    @Test
    void aSundayNightWindowCountsOnlyUntilTheWeekEnds() {
        // Sunday 29 November 22:00 to Monday 30 November 02:00; the week ends at Monday's midnight
        Schedule sundayNight = onlyPhone("22:00", "02:00", EnumSet.of(SUNDAY), LocalDate.of(2026, 11, 23));
        assertEquals(hours(2), summary(sundayNight, List.of(PHONE), WEDNESDAY_NOON).reachable("phone"));
    }

    @Test
    void theSundayNightBeforeTheWeekReachesIntoMondayMorning() {
        Schedule sundayNight = onlyPhone("22:00", "02:00", EnumSet.of(SUNDAY), null);
        assertEquals(hours(2 + 2), summary(sundayNight, List.of(PHONE), WEDNESDAY_NOON).reachable("phone"));
        WeekSummary fromSunday = WeekSummary.of(sundayNight, List.of(PHONE), Optional.empty(), WEDNESDAY_NOON,
                SUNDAY);
        assertEquals(hours(4), fromSunday.reachable("phone"), "a Sunday week holds the whole night");
    }

    @Test
    void anOverrideMovesTheNextChangeButNotTheHours() {
        Instant mondayTen = at("2026-11-23T10:00");
        ManualOverride focusHalfHour = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION, mondayTen,
                at("2026-11-23T10:30"));
        WeekSummary plain = summary(EXAMPLE, DEFAULTS, mondayTen);
        WeekSummary overridden = WeekSummary.of(EXAMPLE, DEFAULTS, Optional.of(focusHalfHour), mondayTen, MONDAY);
        assertEquals(Optional.of(at("2026-11-23T11:00")), plain.nextChange());
        assertEquals(Optional.of(at("2026-11-23T10:30")), overridden.nextChange(), "as the tray says");
        assertEquals(plain.reachable(), overridden.reachable());
        assertEquals(plain.focus(), overridden.focus());
    }

    @Test
    void anEmptyScheduleHasNoHoursAndNoNextChange() {
        WeekSummary week = summary(Schedule.empty(AMSTERDAM), DEFAULTS, WEDNESDAY_NOON);
        assertEquals(Duration.ZERO, week.reachableAtAll());
        assertEquals(Duration.ZERO, week.reachable("phone"));
        assertEquals(Optional.empty(), week.nextChange());
    }
}
