package org.reachable.domain.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.domain.sync.SyncFixtures.dentist;
import static org.reachable.domain.sync.SyncFixtures.mornings;
import static org.reachable.domain.sync.SyncFixtures.wednesdays;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.EntryFormat;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.InMemoryStores;

/**
 * An entry changed on both sides waits for the user; the answer is an edit of the schedule, the
 * question leaves sync.json, and the next sync makes both sides agree on what was chosen.
 */
class SyncChoiceTest {

    static final ZoneId AMSTERDAM = SyncFixtures.AMSTERDAM;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), AMSTERDAM);
    static final EntryFormat ICS = new IcsEntries();
    static final String DENTIST = FakeServer.CALENDAR + "focus-2.ics";

    final FakeServer server = new FakeServer();
    final MemorySyncStore store = new MemorySyncStore();
    InMemoryStores files;
    SyncEngine engine;
    final FocusBlock mine = dentist("Dentist (laptop)");
    final FocusBlock theirs = dentist("Dentist (phone)");

    @BeforeEach
    void conflict() throws StoreException {
        store.questionsInTurns = true; // the window's answer and the tray's sync are two processes
        files = new InMemoryStores(new Schedule(AMSTERDAM, List.of(mornings(), wednesdays(), dentist())),
                new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels()));
        CalendarServer.Connector connector = (url, user, password) -> server;
        engine = new SyncEngine(store, files.workspace(CLOCK), ICS, new SyncFixtures.MapPasswords(), connector, CLOCK);
        engine.setUp("https://dav.example/", "anna", "s3cret");
        engine.sync();
        edit(ScheduleEdit.replace(ScheduleEdit.Action.CHANGE, dentist(), mine));
        server.phone(DENTIST, ICS.write(theirs, AMSTERDAM));
        assertEquals(1, engine.sync().conflicts());
    }

    void edit(ScheduleEdit edit) {
        files.schedule = edit.applyTo(files.schedule);
    }

    ScheduleEntry there() throws StoreException {
        return ICS.read(server.objects.get(DENTIST).ics(), "focus-2", AMSTERDAM);
    }

    ScheduleEdit answer(SyncChoice choice) throws StoreException {
        Map<String, Optional<ScheduleEntry>> waiting = engine.conflicts(AMSTERDAM);
        return SyncChoice.edit(files.schedule, Map.of("focus-2", choice), waiting, () -> "copy-1");
    }

    @Test
    void theQuestionShowsTheServersVersionReadInTheHomeZone() throws StoreException {
        assertEquals(Map.of("focus-2", Optional.of(theirs)), engine.conflicts(AMSTERDAM));
    }

    @Test
    void takingTheServersVersionChangesItHereAndTheNextSyncLeavesBothSidesEqualWithNoQuestion() throws StoreException {
        ScheduleEdit edit = answer(SyncChoice.SERVER);
        edit(edit);
        engine.settle(Set.of("focus-2"));
        assertEquals(List.of(mine), edit.before());
        assertEquals(List.of(theirs), edit.after());
        assertEquals(Map.of(), store.state.conflicts());
        assertEquals(1, engine.sync().sent(), "the choice goes to the server");
        assertEquals(theirs, there());
        assertTrue(files.schedule.entries().contains(theirs));
        assertTrue(engine.sync().nothing());
        assertEquals(Map.of(), store.state.conflicts());
    }

    @Test
    void keepingThisComputersVersionChangesNothingAndOnlyClearsTheQuestion() throws StoreException {
        assertTrue(answer(SyncChoice.HERE).isEmpty());
        engine.settle(Set.of("focus-2"));
        assertTrue(engine.sync().nothing());
        assertEquals(mine, there());
        assertEquals(Map.of(), store.state.conflicts());
    }

    @Test
    void keepingBothAddsTheServersVersionAsAnEntryOfItsOwnOnBothSides() throws StoreException {
        edit(answer(SyncChoice.BOTH));
        engine.settle(Set.of("focus-2"));
        assertEquals(1, engine.sync().sent());
        assertEquals(mine, there());
        ScheduleEntry copy = ICS.read(server.objects.get(FakeServer.CALENDAR + "copy-1.ics").ics(), "copy-1",
                AMSTERDAM);
        assertEquals(SyncChoice.withUid(theirs, "copy-1"), copy);
        assertEquals(4, files.schedule.entries().size());
    }

    @Test
    void aDeletionOnTheServerTakenDeletesItHereToo() throws StoreException {
        server.phoneDeletes(DENTIST);
        edit(ScheduleEdit.replace(ScheduleEdit.Action.CHANGE, mine, dentist("Dentist (again)")));
        engine.sync(); // changed here, deleted there: kept and sent again, the deletion asked about
        assertEquals(Map.of("focus-2", Optional.empty()), engine.conflicts(AMSTERDAM));
        assertFalse(SyncChoice.possible(SyncChoice.BOTH, Optional.of(mine), Optional.empty()));
        edit(answer(SyncChoice.SERVER));
        engine.settle(Set.of("focus-2"));
        engine.sync();
        assertFalse(server.objects.containsKey(DENTIST));
        assertTrue(files.schedule.entries().stream().noneMatch(e -> e.uid().equals("focus-2")));
    }

    @Test
    void aQuestionAnsweredWhileASyncRunsIsNotAskedAgainByThatSync() throws StoreException {
        edit(ScheduleEdit.replace(ScheduleEdit.Action.CHANGE, mornings(), SyncFixtures.longerMornings()));
        server.beforeWrite = () -> {
            // the window answers while the tray's sync is between two steps
            store.state = store.state.settled(Set.of("focus-2"));
        };
        engine.sync();
        assertEquals(Map.of(), store.state.conflicts());
    }
}
