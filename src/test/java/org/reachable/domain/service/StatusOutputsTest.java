package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.JsonFormat;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.Status;

/** status.json and hooks follow the status as one listener: what other programs see of a change. */
class StatusOutputsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Wednesday 25 November 2026, 12:00 in Amsterdam; the example week has focus 13:00-17:00. */
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T11:00:00Z");

    private record Hook(String command, Map<String, String> environment) {
    }

    private final List<String> written = new ArrayList<>();
    private final List<Hook> hooks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private StatusMonitor monitor(Map<String, String> hookCommands, boolean fileWritable) {
        FakeTime time = new FakeTime(WEDNESDAY_NOON, AMSTERDAM);
        Schedule week = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));
        Settings settings = new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels())
                .withPreferences(new Preferences(true, 0, hookCommands, ""));
        StatusMonitor monitor = new StatusMonitor(new InMemoryStores(week, settings).workspace(time), time, time);
        JsonFormat json = new JsonFormat() {
            @Override
            public String status(Status status, ZoneId zone, String language) {
                return status.state() + " until " + status.until().atZone(zone).toLocalTime();
            }

            @Override
            public String occurrence(Occurrence occurrence, ZoneId zone) {
                throw new AssertionError("not asked");
            }
        };
        monitor.addListener(new StatusOutputs(json, text -> {
            if (!fileWritable) {
                throw new StoreException("status.json", 0, "read-only");
            }
            written.add(text);
        }, (command, environment) -> hooks.add(new Hook(command, environment)), problems::add));
        return monitor;
    }

    @Test
    void statusJsonFollowsEveryChangeAndTheHookRunsWhenItsStateBegins() {
        StatusMonitor monitor = monitor(Map.of("FOCUS", "notify-send focus"), true);
        monitor.start();
        assertEquals(List.of("AVAILABLE until 13:00\n"), written);
        assertTrue(hooks.isEmpty(), "no hook for AVAILABLE");

        monitor.setOverride(new OverridePlanner(monitor.data().resolver())
                .forDuration(OverrideState.FOCUS, Duration.ofMinutes(30), WEDNESDAY_NOON));
        assertEquals("FOCUS until 12:30\n", written.get(written.size() - 1));
        assertEquals(List.of(new Hook("notify-send focus", Map.of("REACHABLE_STATE", "FOCUS",
                "REACHABLE_UNTIL", "2026-11-25T12:30:00+01:00", "REACHABLE_CHANNELS", ""))), hooks);
    }

    @Test
    void aStatusFileThatCannotBeWrittenIsAProblemNotAnEnd() {
        StatusMonitor monitor = monitor(Map.of("AVAILABLE", "true"), false);
        monitor.start();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("read-only"), problems.get(0));
        assertEquals(1, hooks.size(), "the hook still runs");
    }
}
