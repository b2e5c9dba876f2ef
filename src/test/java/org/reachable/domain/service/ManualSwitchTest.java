package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.State;

/** Override requests in the domain's words, whoever asks (the tray maps its menu to them). */
class ManualSwitchTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Wednesday 25 November 2026, 12:00 in Amsterdam: available (WhatsApp 9-17), focus from 13:00. */
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T11:00:00Z");

    private StatusMonitor started(Schedule schedule) {
        FakeTime time = new FakeTime(WEDNESDAY_NOON, AMSTERDAM);
        InMemoryStores stores = new InMemoryStores(schedule,
                new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels()));
        StatusMonitor monitor = new StatusMonitor(stores.workspace(time), time, time);
        monitor.start();
        return monitor;
    }

    @Test
    void focusForAnHourThenBackToTheSchedule() {
        StatusMonitor monitor = started(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23)));
        ManualSwitch manualSwitch = new ManualSwitch(monitor, new FakeTime(WEDNESDAY_NOON, AMSTERDAM));

        manualSwitch.apply(new OverrideRequest.For(OverrideState.FOCUS, Duration.ofHours(1)));
        assertEquals(State.FOCUS, monitor.current().state());
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), monitor.current().until());

        manualSwitch.apply(new OverrideRequest.BackToSchedule());
        assertEquals(State.AVAILABLE, monitor.current().state());
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), monitor.current().until(), "the focus block at 13:00");
    }

    @Test
    void untilClearedHasNoEnd() {
        StatusMonitor monitor = started(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23)));
        new ManualSwitch(monitor, new FakeTime(WEDNESDAY_NOON, AMSTERDAM))
                .apply(new OverrideRequest.UntilCleared(OverrideState.AVAILABLE));
        assertEquals(State.AVAILABLE, monitor.current().state());
        assertNull(monitor.current().until());
    }

    @Test
    void untilTheNextWindowWithNoWindowSaysSo() {
        StatusMonitor monitor = started(new Schedule(AMSTERDAM, List.of()));
        ManualSwitch manualSwitch = new ManualSwitch(monitor, new FakeTime(WEDNESDAY_NOON, AMSTERDAM));
        assertThrows(InvalidScheduleException.class,
                () -> manualSwitch.apply(new OverrideRequest.FocusUntilNextWindow()));
        assertThrows(IllegalArgumentException.class,
                () -> new OverrideRequest.For(OverrideState.FOCUS, Duration.ZERO), "a request that lasts no time");
    }
}
