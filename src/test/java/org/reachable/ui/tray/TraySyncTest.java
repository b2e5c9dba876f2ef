package org.reachable.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.FakeTime;
import org.reachable.domain.service.InMemoryStores;
import org.reachable.domain.sync.FakeServer;
import org.reachable.domain.sync.MemorySyncStore;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncFixtures;
import org.reachable.domain.sync.SyncState;

/** What the tray tells about the sync: a change that needs a choice, and the first failure of a run only. */
class TraySyncTest {

    final FakeTime time = new FakeTime(Instant.parse("2026-12-07T08:00:00Z"), SyncFixtures.AMSTERDAM);
    final FakeServer server = new FakeServer();
    final MemorySyncStore store = new MemorySyncStore();
    final List<String> told = new CopyOnWriteArrayList<>();
    final InMemoryStores files = new InMemoryStores(new Schedule(SyncFixtures.AMSTERDAM,
            List.of(SyncFixtures.mornings(), SyncFixtures.dentist())),
            new Settings(Profile.defaults(SyncFixtures.AMSTERDAM), Settings.defaultChannels()));

    final SyncFixtures.MapPasswords passwords = new SyncFixtures.MapPasswords();

    TraySync traySync(String language) {
        passwords.store("https://dav.example/", "anna", "pw");
        return traySyncWith(passwords, language);
    }

    TraySync traySyncWith(SyncFixtures.MapPasswords passwords, String language) {
        store.state = SyncState.setUp("https://dav.example/", "anna", FakeServer.CALENDAR);
        SyncEngine engine = new SyncEngine(store, files.workspace(time), new IcsEntries(), passwords,
                (url, user, password) -> server, time);
        return new TraySync(engine, time, time, Locale.forLanguageTag(language), (title, text) -> told.add(title + ": " + text));
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "waited for " + what);
            Thread.sleep(10);
        }
    }

    /** The worker sets its next timer after it told the listener: wait for it before moving the clock. */
    void awaitTimer() throws InterruptedException {
        await("the next timer", () -> time.pending().size() == 1);
    }

    @Test
    void aFailingServerIsToldOnceARunAndAgainAfterItWasBack() throws Exception {
        server.down = true;
        TraySync sync = traySync("nl");
        sync.dataChanged(null);
        await("the first failure", () -> told.size() == 1);
        assertEquals("Agendaserver: https://dav.example/: kan de server niet bereiken (connection refused); je wijzigingen"
                + " wachten en gaan mee zodra hij weer antwoordt", told.get(0));
        for (int minutes : new int[] {1, 2, 5}) {
            int failures = store.state.failures();
            awaitTimer();
            time.advance(Duration.ofMinutes(minutes));
            await("the retry after " + minutes + " min", () -> store.state.failures() > failures);
        }
        assertEquals(1, told.size(), "retries are not told: " + told);
        server.down = false;
        awaitTimer();
        time.advance(Duration.ofMinutes(15));
        await("the sync once the server is back", () -> store.state.lastSync().isPresent());
        server.down = true;
        sync.dataChanged(null);
        await("the next run's first failure", () -> told.size() == 2);
    }

    @Test
    void aChangeMadeOnBothSidesAsksForAChoiceOnce() throws Exception {
        TraySync sync = traySync("en");
        sync.dataChanged(null);
        await("the first sync", () -> store.state.lastSync().isPresent());
        files.schedule = new Schedule(SyncFixtures.AMSTERDAM, List.of(SyncFixtures.mornings(), SyncFixtures.dentist("Here")));
        server.phone(FakeServer.CALENDAR + "focus-2.ics", new IcsEntries().write(SyncFixtures.dentist("There"),
                SyncFixtures.AMSTERDAM));
        sync.dataChanged(null);
        await("the conflict told", () -> told.size() == 1);
        assertEquals("Calendar server: 1 change needs your choice: changed here and on the server. Click to choose which to keep.", told.get(0));
        Instant before = store.state.lastSync().orElseThrow();
        awaitTimer();
        time.advance(Duration.ofMinutes(5));
        await("the next sync", () -> time.instant().equals(store.state.lastSync().orElseThrow()) && !before.equals(time.instant()));
        assertEquals(1, told.size(), "the same conflict is not told again");
    }

    @Test
    void withNoKeyringThePasswordIsAskedOnceASessionNotAtEveryRetryOrChange() throws Exception {
        TraySync sync = traySyncWith(passwords, "en");
        sync.dataChanged(null);
        await("the question", () -> told.size() == 1);
        assertEquals("Calendar server: no password for anna on https://dav.example/ in the keyring; type it in Settings,"
                + " Calendar server, or give it with: reachable sync --setup https://dav.example/ --user anna", told.get(0));
        int failures = store.state.failures();
        awaitTimer();
        time.advance(Duration.ofMinutes(1));
        await("the retry", () -> store.state.failures() > failures);
        sync.dataChanged(null);
        await("the sync after a change", () -> store.state.failures() > failures + 1);
        assertEquals(1, told.size(), "asked once: " + told);
        passwords.store("https://dav.example/", "anna", "pw"); // typed in the window, handed over
        sync.dataChanged(null);
        await("the sync with it", () -> store.state.lastSync().isPresent());
        server.down = true;
        sync.dataChanged(null);
        await("a failure of another kind, told", () -> told.size() == 2);
    }
}
