package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.service.Presets.Preset;
import org.reachable.domain.service.Presets.Result;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;

class PresetsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    // Wednesday in the week of Monday 23 November 2026
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final List<Channel> DEFAULTS = Settings.defaultChannels("en");
    private static final Channel URGENT = Channel.of("urgent", ChannelType.PHONE, "Emergencies")
            .withUrgentOnly("only when a guest is locked out");

    private static Supplier<String> uids() {
        int[] next = {0};
        return () -> "preset-" + (++next[0]);
    }

    private static Result apply(Preset preset, List<Channel> channels, String language) {
        return Presets.apply(preset, channels, language, TODAY, uids());
    }

    private static Status statusAt(Schedule schedule, List<Channel> channels, String wallClock) {
        Instant at = ZonedDateTime.of(LocalDateTime.parse(wallClock), AMSTERDAM).toInstant();
        return new StatusResolver(schedule, channels, Optional.empty()).status(at);
    }

    private static Schedule weekOf(Preset preset) {
        return apply(preset, DEFAULTS, "en").applyTo(Schedule.empty(AMSTERDAM));
    }

    private static List<String> times(Result result, Class<? extends ScheduleEntry> kind) {
        return result.entries().stream().filter(kind::isInstance)
                .map(e -> e instanceof ReachableWindow w ? w.when() : (Weekly) ((FocusBlock) e).when())
                .map(w -> w.times() + " " + w.days())
                .collect(Collectors.toList());
    }

    @Test
    void startAndEndIsReachableTwoHoursAtEachEndOfTheWorkdayWithFocusInBetween() {
        Result result = apply(Preset.START_AND_END, DEFAULTS, "en");
        String workdays = "[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]";
        assertEquals(List.of("09:00–11:00 " + workdays, "16:00–18:00 " + workdays),
                times(result, ReachableWindow.class));
        assertEquals(List.of("11:00–16:00 " + workdays), times(result, FocusBlock.class));
        assertTrue(result.replacesWeek());
        assertTrue(result.addedChannels().isEmpty());
    }

    @Test
    void startAndEndSwitchesTheUserBetweenReachableAndFocusDuringTheDay() {
        Schedule week = weekOf(Preset.START_AND_END);
        assertEquals(State.AVAILABLE, statusAt(week, DEFAULTS, "2026-11-23T10:00").state());
        assertEquals(State.FOCUS, statusAt(week, DEFAULTS, "2026-11-23T12:00").state());
        assertEquals(State.AVAILABLE, statusAt(week, DEFAULTS, "2026-11-27T17:30").state());
        assertEquals(State.OFF, statusAt(week, DEFAULTS, "2026-11-28T10:00").state(), "Saturday is free");
    }

    @Test
    void windowsOpenEveryOrdinaryChannelButNotTheUrgentLine() {
        List<Channel> channels = new ArrayList<>(DEFAULTS);
        channels.add(URGENT);
        Result result = apply(Preset.MORNINGS, channels, "en");
        for (ScheduleEntry entry : result.entries()) {
            if (entry instanceof ReachableWindow window) {
                assertEquals(Set.of("phone", "email", "whatsapp", "sms"), window.channels());
            } else {
                assertTrue(((FocusBlock) entry).coversAllChannels(), "focus silences every channel");
            }
        }
    }

    @Test
    void morningsAreReachableAndAfternoonsFocus() {
        Result result = apply(Preset.MORNINGS, DEFAULTS, "en");
        String workdays = "[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]";
        assertEquals(List.of("09:00–12:00 " + workdays), times(result, ReachableWindow.class));
        assertEquals(List.of("13:00–17:00 " + workdays), times(result, FocusBlock.class));
        Schedule week = weekOf(Preset.MORNINGS);
        assertEquals(State.OFF, statusAt(week, DEFAULTS, "2026-11-24T12:30").state(), "lunch is neither");
        assertEquals(State.FOCUS, statusAt(week, DEFAULTS, "2026-11-24T14:00").state());
    }

    @Test
    void eveningsAndWeekendsAreReachableAndOfficeHoursAreNotCalledFocus() {
        Result result = apply(Preset.EVENINGS_AND_WEEKENDS, DEFAULTS, "en");
        assertEquals(List.of("18:00–22:00 [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]",
                "10:00–18:00 [SATURDAY, SUNDAY]"), times(result, ReachableWindow.class));
        assertEquals(List.of(), times(result, FocusBlock.class));
        Schedule week = weekOf(Preset.EVENINGS_AND_WEEKENDS);
        assertEquals(State.AVAILABLE, statusAt(week, DEFAULTS, "2026-11-24T19:00").state());
        assertEquals(State.AVAILABLE, statusAt(week, DEFAULTS, "2026-11-29T11:00").state(), "Sunday");
        assertEquals(State.OFF, statusAt(week, DEFAULTS, "2026-11-24T10:00").state(), "daytime is off, not focus");
    }

    @Test
    void summariesAreInTheUsersLanguage() {
        Set<String> dutch = apply(Preset.START_AND_END, Settings.defaultChannels("nl"), "nl").entries().stream()
                .map(ScheduleEntry::summary).collect(Collectors.toSet());
        Set<String> english = apply(Preset.START_AND_END, DEFAULTS, "en").entries().stream()
                .map(ScheduleEntry::summary).collect(Collectors.toSet());
        assertEquals(Set.of("Bereikbaar", "Focus"), dutch);
        assertEquals(Set.of("Reachable", "Focus"), english);
    }

    @Test
    void everyEntryGetsAFreshUidAndStartsInTheWeekItWasChosen() {
        Result result = apply(Preset.START_AND_END, DEFAULTS, "en");
        assertEquals(List.of("preset-1", "preset-2", "preset-3"),
                result.entries().stream().map(ScheduleEntry::uid).collect(Collectors.toList()));
        ReachableWindow first = (ReachableWindow) result.entries().get(0);
        assertEquals(LocalDate.of(2026, 11, 23), first.when().since(), "the Monday of the chosen week");
        Schedule week = result.applyTo(Schedule.empty(AMSTERDAM));
        assertEquals(State.OFF, statusAt(week, DEFAULTS, "2026-11-16T10:00").state(), "not in the week before");
    }

    @Test
    void applyingAWeekPresetReplacesTheWeekButKeepsDatedEntries() {
        DayOff christmas = DayOff.of("xmas", LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26),
                DayOffReason.HOLIDAY);
        ExtraWindow saturday = new ExtraWindow("sat", null, new Dated(LocalDateTime.parse("2026-11-28T10:00"),
                LocalDateTime.parse("2026-11-28T12:00")), Set.of("phone"));
        FocusBlock deadline = new FocusBlock("deadline", null, new Dated(LocalDateTime.parse("2026-11-26T09:00"),
                LocalDateTime.parse("2026-11-26T17:00")), Set.of());
        ReachableWindow oldWindow = new ReachableWindow("old-window", null,
                Weekly.of(EnumSet.of(DayOfWeek.MONDAY), TimeRange.of("07:00", "08:00")), Set.of("phone"));
        FocusBlock oldFocus = new FocusBlock("old-focus", null,
                Weekly.of(EnumSet.of(DayOfWeek.FRIDAY), TimeRange.of("13:00", "17:00")), Set.of());
        Schedule before = new Schedule(AMSTERDAM, List.of(christmas, saturday, deadline, oldWindow, oldFocus));

        Schedule after = apply(Preset.MORNINGS, DEFAULTS, "en").applyTo(before);

        assertEquals(List.of("xmas", "sat", "deadline", "preset-1", "preset-2"),
                after.entries().stream().map(ScheduleEntry::uid).collect(Collectors.toList()));
        assertEquals(AMSTERDAM, after.zone());
    }

    @Test
    void aWeekPresetWithOnlyAnUrgentLineSaysWhatToDo() {
        InvalidScheduleException e = assertThrows(InvalidScheduleException.class,
                () -> apply(Preset.START_AND_END, List.of(URGENT), "en"));
        assertEquals("There is no channel to be reachable on (only an urgent line);"
                + " add a channel such as phone or e-mail first", e.getMessage());
    }

    @Test
    void urgentPhoneAddsADutchUrgentLineAndNoEntries() {
        Result result = apply(Preset.URGENT_PHONE, Settings.defaultChannels("nl"), "nl");
        assertTrue(result.entries().isEmpty());
        assertFalse(result.replacesWeek(), "the week stays as it is");
        assertEquals(1, result.addedChannels().size());
        Channel line = result.addedChannels().get(0);
        assertEquals("urgent", line.id());
        assertEquals(ChannelType.PHONE, line.type());
        assertEquals("Spoedlijn", line.name("nl"));
        assertTrue(line.urgentOnly());
        assertTrue(line.urgentCondition().shown("nl").startsWith("alleen bij spoed: "), line.urgentCondition().toString());
    }

    @Test
    void urgentPhoneInEnglishIsCalledUrgentLine() {
        Channel line = apply(Preset.URGENT_PHONE, DEFAULTS, "en").addedChannels().get(0);
        assertEquals("Urgent line", line.name("en"));
        assertTrue(line.urgentCondition().shown("en").startsWith("only in an emergency"),
                line.urgentCondition().toString());
    }

    @Test
    void theUrgentLineStaysReachableThroughFocus() {
        Result week = apply(Preset.START_AND_END, DEFAULTS, "en");
        List<Channel> channels = new ArrayList<>(DEFAULTS);
        channels.addAll(apply(Preset.URGENT_PHONE, DEFAULTS, "en").addedChannels());
        Status status = statusAt(week.applyTo(Schedule.empty(AMSTERDAM)), channels, "2026-11-23T12:00");
        assertEquals(State.FOCUS, status.state());
        assertTrue(status.channel("urgent").orElseThrow().reachable());
        assertFalse(status.channel("phone").orElseThrow().reachable());
    }

    @Test
    void urgentPhoneTakesTheNextFreeIdWhenUrgentIsTaken() {
        List<Channel> channels = new ArrayList<>(DEFAULTS);
        channels.add(Channel.of("urgent", ChannelType.EMAIL, "Urgent mail box"));
        channels.add(Channel.of("urgent-2", ChannelType.SMS, "Urgent texts"));
        assertEquals("urgent-3", apply(Preset.URGENT_PHONE, channels, "en").addedChannels().get(0).id());
    }

    @Test
    void urgentPhoneAddsNothingWhenThereIsAlreadyAnUrgentLine() {
        List<Channel> channels = new ArrayList<>(DEFAULTS);
        channels.add(URGENT);
        Result result = apply(Preset.URGENT_PHONE, channels, "nl");
        assertTrue(result.addedChannels().isEmpty());
        assertTrue(result.entries().isEmpty());
    }
}
