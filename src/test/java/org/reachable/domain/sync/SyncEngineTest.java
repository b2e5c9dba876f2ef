package org.reachable.domain.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.reachable.domain.sync.SyncFixtures.dentist;
import static org.reachable.domain.sync.SyncFixtures.mornings;
import static org.reachable.domain.sync.SyncFixtures.wednesdays;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.EntryFormat;
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.service.InMemoryStores;

/** The sync's merge and its promises (nothing lost, nothing doubled), against a server in a map. */
class SyncEngineTest {

    static final ZoneId AMSTERDAM = SyncFixtures.AMSTERDAM;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), AMSTERDAM);
    static final EntryFormat ICS = new IcsEntries();

    final FakeServer server = new FakeServer();
    final MemorySyncStore store = new MemorySyncStore();
    final SyncFixtures.MapPasswords passwords = new SyncFixtures.MapPasswords();
    final Map<String, String> keyring = passwords.kept;
    final List<String> connected = new ArrayList<>();
    InMemoryStores files;
    SyncEngine engine;

    @BeforeEach
    void setUp() throws StoreException {
        files = new InMemoryStores(new Schedule(AMSTERDAM, List.of(mornings(), wednesdays(), dentist())),
                new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels()));
        CalendarServer.Connector connector = (url, user, password) -> {
            connected.add(user + ":" + password);
            return server;
        };
        engine = new SyncEngine(store, files.workspace(CLOCK), ICS, passwords, connector, CLOCK);
        engine.setUp("https://dav.example/", "anna", "s3cret");
    }

    Map<String, ScheduleEntry> here() {
        Map<String, ScheduleEntry> map = new HashMap<>();
        files.schedule.entries().forEach(e -> map.put(e.uid(), e));
        return map;
    }

    ScheduleEntry there(String uid) throws StoreException {
        return ICS.read(server.objects.get(FakeServer.CALENDAR + uid + ".ics").ics(), uid, AMSTERDAM);
    }

    void editHere(ScheduleEntry changed) {
        List<ScheduleEntry> entries = new ArrayList<>(files.schedule.entries());
        entries.replaceAll(e -> e.uid().equals(changed.uid()) ? changed : e);
        if (entries.stream().noneMatch(e -> e.uid().equals(changed.uid()))) {
            entries.add(changed);
        }
        files.schedule = new Schedule(AMSTERDAM, entries);
    }

    @Test
    void setUpKeepsThePasswordInTheKeyringAndTheServerInSyncJson() {
        assertEquals(Map.of("https://dav.example/ anna", "s3cret"), keyring);
        assertEquals("https://dav.example/", store.state.url());
        assertEquals(Optional.of(FakeServer.CALENDAR), store.state.calendar());
        assertTrue(server.calendarMade);
    }

    @Test
    void theFirstSyncSendsEveryEntryOnceAndTheSecondSendsNothing() throws StoreException {
        SyncReport first = engine.sync();
        assertEquals(3, first.sent());
        assertEquals(3, server.objects.size());
        assertEquals(dentist(), there("focus-2"));
        assertEquals(mornings(), there("window-1"));
        SyncReport second = engine.sync();
        assertTrue(second.nothing(), second.toString());
        assertEquals(3, server.writes("PUT"));
        assertEquals(0, server.writes("GET"), "our own writes are not fetched back");
        engine.sync();
        assertEquals(2, server.writes("LIST"), "the ctag our writes left lists once more, then an unchanged one lists nothing");
        assertTrue(store.state.lastSync().isPresent());
        assertEquals(List.of(), engine.waiting());
    }

    @Test
    void anEditHereIsSentOverTheVersionItWasMadeOn() throws StoreException {
        engine.sync();
        FocusBlock later = new FocusBlock("focus-2", "Dentist", new Dated(LocalDateTime.parse("2026-12-09T14:00"),
                LocalDateTime.parse("2026-12-09T15:00")), Set.of());
        editHere(later);
        assertEquals(List.of("focus-2"), engine.waiting());
        SyncReport report = engine.sync();
        assertEquals(1, report.sent());
        assertEquals(later, there("focus-2"));
        assertEquals(List.of(), engine.waiting());
    }

    @Test
    void anEditThereArrivesHereAndIsNotSentBack() throws StoreException {
        engine.sync();
        String href = FakeServer.CALENDAR + "focus-1.ics";
        FocusBlock skipped = new FocusBlock("focus-1", "Writing", ((Weekly) wednesdays().when()).withSeries(
                ((Weekly) wednesdays().when()).series().skipping(LocalDate.parse("2026-12-09"))), Set.of());
        server.phone(href, ICS.write(skipped, AMSTERDAM));
        SyncReport report = engine.sync();
        assertEquals(1, report.received());
        assertEquals(0, report.sent());
        assertEquals(skipped, here().get("focus-1"));
    }

    @Test
    void aDeletionOnEitherSideReachesTheOther() throws StoreException {
        engine.sync();
        server.phoneDeletes(FakeServer.CALENDAR + "focus-2.ics");
        assertEquals(1, engine.sync().deletedHere());
        assertFalse(here().containsKey("focus-2"));
        files.schedule = new Schedule(AMSTERDAM, List.of(mornings()));
        assertEquals(1, engine.sync().deletedThere());
        assertEquals(Set.of(FakeServer.CALENDAR + "window-1.ics"), server.objects.keySet());
    }

    @Test
    void anEntryChangedOnBothSidesKeepsThisOneAndKeepsTheServersForTheUser() throws StoreException {
        engine.sync();
        FocusBlock mine = dentist("Dentist (moved)");
        FocusBlock theirs = dentist("Dentist, phone");
        editHere(mine);
        server.phone(FakeServer.CALENDAR + "focus-2.ics", ICS.write(theirs, AMSTERDAM));
        SyncReport report = engine.sync();
        assertEquals(1, report.conflicts());
        assertEquals(mine, here().get("focus-2"));
        assertEquals(mine, there("focus-2"));
        assertEquals(theirs, ICS.read(store.state.conflicts().get("focus-2"), "conflict", AMSTERDAM));
    }

    @Test
    void theServerGoneBetweenTwoWritesQueuesTheRestAndDeliversItOnceWhenBack() throws StoreException {
        server.downBeforeWrite = 2;
        StoreException e = assertThrows(StoreException.class, engine::sync);
        assertEquals(ProblemKind.SYNC_UNREACHABLE, e.problem().kind());
        assertEquals(1, server.objects.size(), "the first write went through");
        assertEquals(2, store.state.waiting().size(), "the other two wait: " + store.state.waiting());
        assertEquals(1, store.state.failures());
        assertEquals(Optional.of(ProblemKind.SYNC_UNREACHABLE), store.state.problem().map(p -> p.kind()));
        server.down = false;
        SyncReport report = engine.sync();
        assertEquals(2, report.sent());
        assertEquals(3, server.objects.size());
        assertEquals(3, server.writes("PUT"), "each entry written exactly once");
        assertEquals(0, store.state.failures());
        assertEquals(List.of(), store.state.waiting());
    }

    @Test
    void aSyncKilledAfterAWriteButBeforeItWasNotedDoesNotWriteItAgain() throws StoreException {
        store.failSave = store.saves + 1; // the note of the first write is lost, as in a crash right after it
        assertThrows(StoreException.class, engine::sync);
        assertEquals(1, server.objects.size());
        SyncReport report = engine.sync();
        assertEquals(2, report.sent(), "the one already there is recognised as the same entry");
        assertEquals(3, server.writes("PUT"));
        assertEquals(3, server.objects.size());
    }

    @Test
    void anEntryChangedThereWhileItIsSentIsReadAgainAndMerged() throws StoreException {
        engine.sync();
        FocusBlock mine = dentist("Dentist (moved)");
        FocusBlock theirs = dentist("Dentist, phone");
        editHere(mine);
        server.beforeWrite = () -> {
            server.beforeWrite = () -> { };
            server.phone(FakeServer.CALENDAR + "focus-2.ics", ICS.write(theirs, AMSTERDAM));
        };
        SyncReport report = engine.sync(); // the write meets 412, the sync reads again and merges
        assertEquals(1, report.conflicts());
        assertEquals(mine, there("focus-2"));
        assertEquals(theirs, ICS.read(store.state.conflicts().get("focus-2"), "conflict", AMSTERDAM));
    }

    @Test
    void anotherEntryChangedThereDuringASyncArrivesWithTheNext() throws StoreException {
        engine.sync();
        ReachableWindow longer = SyncFixtures.longerMornings();
        editHere(dentist("Dentist (moved)"));
        server.beforeWrite = () -> {
            server.beforeWrite = () -> { };
            server.phone(FakeServer.CALENDAR + "window-1.ics", ICS.write(longer, AMSTERDAM));
        };
        engine.sync();
        engine.sync();
        assertEquals(longer, here().get("window-1"));
        assertEquals(longer, there("window-1"));
    }

    @Test
    void aCalendarEmptiedOnTheServerIsFilledAgainNotEmptiedHere() throws StoreException {
        engine.sync();
        new ArrayList<>(server.objects.keySet()).forEach(server::phoneDeletes);
        engine.sync();
        assertEquals(3, here().size());
        assertEquals(3, server.objects.size());
    }

    @Test
    void withoutAPasswordInTheKeyringItSaysHowToGiveOne() {
        keyring.clear();
        StoreException e = assertThrows(StoreException.class, engine::sync);
        assertEquals(ProblemKind.SYNC_NO_PASSWORD, e.problem().kind());
    }

    @Test
    void anEditSavedHereWhileTheServerIsAskedIsMergedNotWrittenOver() throws StoreException {
        engine.sync();
        FocusBlock skipped = dentist("Dentist, phone");
        server.phone(FakeServer.CALENDAR + "focus-2.ics", ICS.write(skipped, AMSTERDAM));
        ReachableWindow longer = SyncFixtures.longerMornings();
        server.beforeGet = () -> editHere(longer); // the window saves while the sync reads the phone's change
        engine.sync();
        assertEquals(longer, here().get("window-1"), "the window's edit survives the sync's save");
        assertEquals(skipped, here().get("focus-2"));
        server.beforeGet = () -> { };
        engine.sync();
        assertEquals(longer, there("window-1"), "and reaches the server with the next sync");
    }

    @Test
    void aServerSetUpElsewhereDuringARoundIsKeptAndSyncedNotWrittenOver() throws StoreException {
        FakeServer theirs = new FakeServer();
        // Settings (another process, its own engine) sets up Bob's server between the round's first and second write
        SyncEngine settings = new SyncEngine(store, files.workspace(CLOCK), ICS, passwords,
                (url, user, password) -> theirs, CLOCK);
        server.beforeWrite = () -> {
            server.beforeWrite = () -> { };
            try {
                settings.setUp("https://other.example/", "bob", "b0b");
            } catch (StoreException e) {
                throw new AssertionError(e);
            }
        };
        CalendarServer.Connector byUser = (url, user, password) -> user.equals("bob") ? theirs : server;
        engine = new SyncEngine(store, files.workspace(CLOCK), ICS, passwords, byUser, CLOCK);
        SyncReport report = engine.sync();
        assertEquals("https://other.example/", store.state.url(), "the new set-up stays");
        assertEquals("bob", store.state.user());
        assertEquals(1, server.writes("PUT"), "the old round stopped at its next save");
        assertEquals(3, report.sent(), "and the new server was synced instead");
        assertEquals(3, theirs.objects.size());
        assertEquals(theirs.objects.keySet(), Set.copyOf(store.state.synced().values().stream()
                .map(SyncState.Synced::href).toList()));
        assertEquals(0, store.state.failures());
    }
}
