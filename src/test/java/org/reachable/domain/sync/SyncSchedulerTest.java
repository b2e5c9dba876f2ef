package org.reachable.domain.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.service.FakeTime;
import org.reachable.domain.service.InMemoryStores;

/** When the tray syncs: at start, on a change, every 5 minutes, and backing off 1, 2, 5, 15 minutes. */
class SyncSchedulerTest {

    static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

    final FakeTime time = new FakeTime(START, SyncEngineTest.AMSTERDAM);
    final FakeServer server = new FakeServer();
    final MemorySyncStore store = new MemorySyncStore();
    final List<String> told = new ArrayList<>();
    int connections;

    SyncScheduler scheduler() {
        InMemoryStores files = new InMemoryStores(new Schedule(SyncEngineTest.AMSTERDAM,
                List.of(SyncFixtures.mornings())), new Settings(Profile.defaults(SyncEngineTest.AMSTERDAM),
                Settings.defaultChannels()));
        SyncFixtures.MapPasswords passwords = new SyncFixtures.MapPasswords();
        passwords.store("https://dav.example/", "anna", "pw");
        SyncEngine engine = new SyncEngine(store, files.workspace(time), new IcsEntries(), passwords,
                (url, user, password) -> {
                    connections++;
                    return server;
                }, time);
        return new SyncScheduler(engine, time, time, Runnable::run, new SyncScheduler.Listener() {
            @Override
            public void synced(SyncReport report, SyncState state) {
                told.add("synced " + report.sent());
            }

            @Override
            public void failed(Problem problem, Instant nextTry) {
                told.add(problem.kind() + " until " + Duration.between(time.instant(), nextTry).toMinutes());
            }
        });
    }

    @Test
    void withNoServerSetUpNothingIsScheduledAndNothingConnects() {
        SyncScheduler scheduler = scheduler();
        scheduler.start();
        scheduler.localChange();
        time.advance(Duration.ofHours(2));
        assertEquals(List.of(), time.pending());
        assertEquals(0, connections);
        assertEquals(List.of(), told);
    }

    @Test
    void itSyncsAtStartThenEveryFiveMinutes() {
        store.state = SyncState.setUp("https://dav.example/", "anna", FakeServer.CALENDAR);
        SyncScheduler scheduler = scheduler();
        scheduler.start();
        assertEquals(List.of("synced 1"), told);
        assertEquals(List.of(START.plus(Duration.ofMinutes(5))), time.pending());
        time.advance(Duration.ofMinutes(15));
        assertEquals(List.of("synced 1", "synced 0", "synced 0", "synced 0"), told);
        assertEquals(1, time.pending().size(), "one timer at a time");
    }

    @Test
    void afterFailuresItWaitsOneTwoFiveThenFifteenMinutesAndAChangeHereTriesAtOnce() {
        store.state = SyncState.setUp("https://dav.example/", "anna", FakeServer.CALENDAR);
        server.down = true;
        SyncScheduler scheduler = scheduler();
        scheduler.start();
        time.advance(Duration.ofMinutes(1 + 2 + 5 + 15 + 15));
        assertEquals(List.of("SYNC_UNREACHABLE until 1", "SYNC_UNREACHABLE until 2", "SYNC_UNREACHABLE until 5",
                "SYNC_UNREACHABLE until 15", "SYNC_UNREACHABLE until 15", "SYNC_UNREACHABLE until 15"), told);
        server.down = false;
        scheduler.localChange();
        assertEquals("synced 1", told.get(told.size() - 1));
        assertEquals(List.of(time.instant().plus(SyncScheduler.EVERY)), time.pending());
    }

    @Test
    void stoppedItSchedulesNothingMore() {
        store.state = SyncState.setUp("https://dav.example/", "anna", FakeServer.CALENDAR);
        SyncScheduler scheduler = scheduler();
        scheduler.start();
        scheduler.stop();
        scheduler.localChange();
        time.advance(Duration.ofHours(1));
        assertEquals(List.of("synced 1"), told);
        assertTrue(time.pending().isEmpty());
    }

    @Test
    void backOffSteps() {
        assertEquals(List.of(1L, 2L, 5L, 15L, 15L), List.of(1, 2, 3, 4, 9).stream()
                .map(n -> SyncScheduler.backOff(n).toMinutes()).toList());
    }
}
