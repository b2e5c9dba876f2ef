package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;

/** The switching logic with a fake clock and timer: no sleeping. */
class StatusMonitorTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Wednesday 25 November 2026, 12:00 in Amsterdam; the example week has focus 13:00-17:00. */
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T11:00:00Z");

    private FakeTime time;
    private InMemoryStores stores;
    private StatusMonitor monitor;
    private final List<StatusMonitor.Change> changes = new ArrayList<>();
    private final List<Instant> headsUps = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void setUp() {
        time = new FakeTime(WEDNESDAY_NOON, AMSTERDAM);
        Schedule week = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));
        stores = new InMemoryStores(week, new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels()));
        monitor = new StatusMonitor(stores.workspace(time), time, time);
        monitor.addListener(new StatusMonitor.Listener() {
            @Override
            public void statusChanged(StatusMonitor.Change change) {
                changes.add(change);
            }

            @Override
            public void headsUp(Status upcoming, Instant at) {
                headsUps.add(at);
            }

            @Override
            public void problem(org.reachable.domain.problem.Problem problem) {
                problems.add(problem == null ? null : org.reachable.domain.problem.ProblemWords.english().words(problem));
            }
        });
    }

    private Instant local(String time) {
        return java.time.LocalDateTime.parse(time).atZone(AMSTERDAM).toInstant();
    }

    @Test
    void startTellsTheStatusOnce() {
        monitor.start();
        assertEquals(1, changes.size());
        assertNull(changes.get(0).previous());
        assertEquals(State.AVAILABLE, changes.get(0).current().state(), "WhatsApp 9-17");
        assertEquals(1, time.pending().size(), "exactly one timer");
    }

    @Test
    void neverMoreThanOneTimerAndNeverMoreThanAMinuteAway() {
        monitor.start();
        for (int i = 0; i < 200; i++) {
            time.advance(Duration.ofMinutes(7));
            assertEquals(1, time.pending().size());
            assertFalse(time.pending().get(0).isAfter(time.instant().plus(StatusMonitor.HEARTBEAT)));
        }
    }

    @Test
    void focusBlockStartsOnTimeByItselfAndIsNotByHand() {
        monitor.start();
        time.advance(Duration.ofHours(1));
        StatusMonitor.Change last = changes.get(changes.size() - 1);
        assertEquals(State.FOCUS, last.current().state());
        assertEquals(local("2026-11-25T13:00"), last.current().at(), "switched exactly at 13:00");
        assertFalse(last.byHand());
        assertTrue(last.stateChanged());
    }

    @Test
    void headsUpFiveMinutesBeforeTheFocusBlock() {
        monitor.start();
        time.advance(Duration.ofMinutes(54));
        assertTrue(headsUps.isEmpty(), "not yet at 12:54");
        time.advance(Duration.ofMinutes(1));
        assertEquals(List.of(local("2026-11-25T13:00")), headsUps);
        time.advance(Duration.ofMinutes(2));
        assertEquals(1, headsUps.size(), "only once");
    }

    @Test
    void noHeadsUpWhenTurnedOff() {
        stores.settings = stores.settings.withPreferences(new Preferences(true, 0, java.util.Map.of(), ""));
        monitor.start();
        time.advance(Duration.ofHours(2));
        assertTrue(headsUps.isEmpty());
    }

    @Test
    void overrideFromTheTrayIsByHandAndSavedForTheCli() {
        monitor.start();
        ManualOverride focus = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION, time.instant(),
                time.instant().plus(Duration.ofMinutes(30)));
        monitor.setOverride(focus);
        StatusMonitor.Change last = changes.get(changes.size() - 1);
        assertEquals(State.FOCUS, last.current().state());
        assertTrue(last.byHand());
        assertEquals(focus, stores.override);
        time.advance(Duration.ofMinutes(30));
        StatusMonitor.Change after = changes.get(changes.size() - 1);
        assertEquals(State.AVAILABLE, after.current().state(), "back to the schedule when it ends");
        assertFalse(after.byHand());
    }

    @Test
    void overrideWrittenByTheCliJustNowCountsAsByHand() {
        monitor.start();
        stores.override = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION, time.instant(),
                time.instant().plus(Duration.ofHours(1)));
        monitor.reload();
        assertTrue(changes.get(changes.size() - 1).byHand());
    }

    @Test
    void aChangeMadeInACalendarAppIsPickedUpOnReload() {
        monitor.start();
        stores.schedule = Schedule.empty(AMSTERDAM);
        monitor.reload();
        assertEquals(State.OFF, changes.get(changes.size() - 1).current().state());
    }

    @Test
    void aStatusChangedByEditingTheScheduleIsNotAnnouncedButATimedSwitchStillIs() {
        monitor.start();
        stores.schedule = Schedule.empty(AMSTERDAM); // the user deleted the window they are in
        monitor.filesChanged();
        StatusMonitor.Change edited = changes.get(changes.size() - 1);
        assertEquals(State.OFF, edited.current().state());
        assertTrue(edited.byHand(), "the user is looking at their own edit");
        int seen = changes.size();
        monitor.filesChanged(); // the same files again (a second watcher event): nothing new
        assertEquals(seen, changes.size());
        stores.schedule = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));
        time.advance(Duration.ofMinutes(1));
        monitor.reload(); // not an edit: a reload after the clock jumped
        assertFalse(changes.get(changes.size() - 1).byHand());
    }

    @Test
    void afterASuspendTheStatusIsReadAgainAndCorrect() {
        monitor.start();
        stores.schedule = Schedule.empty(AMSTERDAM); // changed while asleep, no file event seen
        time.suspendFor(Duration.ofHours(20));
        Status now = monitor.current();
        assertEquals(time.instant(), now.at());
        assertEquals(State.OFF, now.state());
    }

    @Test
    void aBrokenScheduleIsReportedAndTheBackupIsUsed() {
        stores.scheduleBackup = stores.schedule;
        stores.scheduleProblem = "DTSTART \"20261301T090000\" is not a date-time";
        monitor.start();
        assertEquals(List.of("schedule.ics line 3: DTSTART \"20261301T090000\" is not a date-time"), problems);
        assertEquals(State.AVAILABLE, monitor.current().state(), "running on the backup");
    }

    @Test
    void backToScheduleClearsTheOverride() {
        monitor.start();
        monitor.setOverride(new ManualOverride(OverrideState.FOCUS, ExpiryKind.UNTIL_CLEARED, time.instant(), null));
        monitor.clearOverride();
        assertNull(stores.override);
        assertEquals(State.AVAILABLE, monitor.current().state());
    }
}
