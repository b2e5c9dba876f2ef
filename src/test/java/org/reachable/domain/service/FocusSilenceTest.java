package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.reachable.domain.port.DesktopSilence;

/** The desktop's do-not-disturb switched by the status, with a fake desktop and a fake clock. */
class FocusSilenceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Wednesday 25 November 2026, 12:00 in Amsterdam; the example week has focus 13:00-17:00. */
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T11:00:00Z");

    private final List<String> desktop = new ArrayList<>();
    private final DesktopSilence fake = new DesktopSilence() {
        @Override
        public void silence(String reason) {
            desktop.add("silence: " + reason);
        }

        @Override
        public void restore() {
            desktop.add("restore");
        }
    };

    private FocusSilence silence;
    private FakeTime time;

    private StatusMonitor monitor(boolean wanted) {
        time = new FakeTime(WEDNESDAY_NOON, AMSTERDAM);
        Schedule week = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));
        Settings settings = new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels())
                .withPreferences(new Preferences(true, 0, Map.of(), "").withSilenceDesktop(wanted));
        StatusMonitor monitor = new StatusMonitor(new InMemoryStores(week, settings).workspace(time), time, time);
        silence = new FocusSilence(fake, change -> change.current().state() + " until "
                + change.current().until().atZone(AMSTERDAM).toLocalTime());
        monitor.addListener(silence);
        return monitor;
    }

    @Test
    void theDesktopIsSilentDuringAFocusBlockAndNotBeforeOrAfter() {
        StatusMonitor monitor = monitor(true);
        monitor.start();
        assertEquals(List.of(), desktop, "available at noon: the desktop is left alone");
        time.advance(Duration.ofHours(1)); // 13:00, the focus block
        assertEquals(List.of("silence: FOCUS until 17:00"), desktop);
        time.advance(Duration.ofHours(4)); // 17:00
        assertEquals(List.of("silence: FOCUS until 17:00", "restore"), desktop);
    }

    @Test
    void focusByHandSilencesAndQuittingDuringFocusGivesTheDesktopBack() {
        StatusMonitor monitor = monitor(true);
        monitor.start();
        monitor.setOverride(new OverridePlanner(monitor.data().resolver())
                .forDuration(OverrideState.FOCUS, Duration.ofMinutes(30), WEDNESDAY_NOON));
        silence.stop();
        silence.stop();
        assertEquals(List.of("silence: FOCUS until 12:30", "restore"), desktop);
    }

    @Test
    void withTheSettingOffTheDesktopIsNeverTouched() {
        StatusMonitor monitor = monitor(false);
        monitor.start();
        time.advance(Duration.ofHours(2));
        silence.stop();
        assertEquals(List.of(), desktop);
    }
}
