package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;

class OverridePlannerTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final OverridePlanner EXAMPLE = new OverridePlanner(new StatusResolver(
            ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23)), Settings.defaultChannels(), Optional.empty()));

    @Test
    void focusForAnHourEndsOnAWholeMinute() {
        ManualOverride o = EXAMPLE.forDuration(OverrideState.FOCUS, Duration.ofHours(1),
                Instant.parse("2026-11-23T09:42:17.123456Z"));
        assertEquals(Instant.parse("2026-11-23T09:42:17Z"), o.setAt());
        assertEquals(Instant.parse("2026-11-23T10:43:00Z"), o.until());
    }

    @Test
    void endOfDayIsMidnightInTheHomeZone() {
        ManualOverride o = EXAMPLE.untilEndOfDay(OverrideState.FOCUS, Instant.parse("2026-11-23T23:30:00Z"));
        assertEquals(Instant.parse("2026-11-24T23:00:00Z"), o.until(), "00:30 in Amsterdam is already the 24th, though not yet in UTC");
        assertEquals(ExpiryKind.END_OF_DAY, o.expiry());
    }

    @Test
    void focusUntilTheNextWindowOnFridayEveningEndsMondayMorning() {
        ManualOverride o = EXAMPLE.focusUntilNextWindow(Instant.parse("2026-11-27T19:00:00Z"));
        assertEquals(Instant.parse("2026-11-30T08:00:00Z"), o.until());
    }

    @Test
    void untilTheNextWindowWithoutAnyWindowSaysSo() {
        OverridePlanner empty = new OverridePlanner(new StatusResolver(Schedule.empty(AMSTERDAM),
                Settings.defaultChannels(), Optional.empty()));
        InvalidScheduleException e = assertThrows(InvalidScheduleException.class,
                () -> empty.focusUntilNextWindow(Instant.parse("2026-11-27T19:00:00Z")));
        assertEquals("There is no reachable window in the coming year; give a duration instead", e.getMessage());
    }

    @Test
    void durationsPeopleTypeAreRead() {
        assertEquals(Duration.ofMinutes(90), DurationText.parse("90m"));
        assertEquals(Duration.ofMinutes(90), DurationText.parse("1h30m"));
        assertEquals(Duration.ofMinutes(90), DurationText.parse("1.5h"));
        assertEquals(Duration.ofHours(2), DurationText.parse(" 2H "));
        assertThrows(InvalidScheduleException.class, () -> DurationText.parse("0m"));
        assertThrows(InvalidScheduleException.class, () -> DurationText.parse("8d"));
        assertThrows(InvalidScheduleException.class, () -> DurationText.parse("h"));
    }
}
