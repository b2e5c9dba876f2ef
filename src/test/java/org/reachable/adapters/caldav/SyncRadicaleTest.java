package org.reachable.adapters.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.adapters.json.JsonSyncStore;
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
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.InMemoryStores;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncReport;
import org.reachable.domain.sync.SyncFixtures;
import static org.reachable.domain.sync.SyncFixtures.dentist;
import static org.reachable.domain.sync.SyncFixtures.mornings;
import static org.reachable.domain.sync.SyncFixtures.wednesdays;

/**
 * The whole sync against a real Radicale: sync.json on disk (as a restarted app reads it), the
 * schedule's own iCalendar writer and reader, and the server changed behind the app's back the
 * way a phone changes it (an EXDATE, a moved instance, a deletion).
 */
class SyncRadicaleTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), AMSTERDAM);
    static final IcsEntries ICS = new IcsEntries();

    @TempDir
    Path temp;
    Radicale radicale;
    InMemoryStores files;
    final SyncFixtures.MapPasswords passwords = new SyncFixtures.MapPasswords();
    final List<String> puts = new ArrayList<>();
    Consumer<HttpRequest> seam = request -> { };

    @BeforeEach
    void start() throws Exception {
        radicale = Radicale.start(temp);
        files = new InMemoryStores(new Schedule(AMSTERDAM, List.of(mornings(), wednesdays(), dentist())),
                new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels()));
    }

    @AfterEach
    void stop() throws InterruptedException {
        radicale.close();
    }

    /** The app as started afresh: everything it knows is read from sync.json again. */
    SyncEngine app() {
        CalendarServer.Connector connector = (url, user, password) -> new CalDavClient(url, user, password, null,
                Duration.ofSeconds(10), request -> {
                    if (request.method().equals("PUT")) {
                        puts.add(request.uri().getPath());
                    }
                    seam.accept(request);
                });
        return new SyncEngine(new JsonSyncStore(new StoreFile(new DataFile(temp.resolve("sync.json"), CLOCK))),
                files.workspace(CLOCK), ICS, passwords, connector, CLOCK);
    }

    SyncEngine setUp() throws StoreException {
        SyncEngine engine = app();
        engine.setUp(radicale.url(), Radicale.USER, Radicale.PASSWORD);
        return engine;
    }

    Map<String, CalendarServer.Resource> there() throws Exception {
        CalDavClient client = radicale.client();
        Map<String, CalendarServer.Resource> byUid = new HashMap<>();
        for (String href : client.list(client.calendar()).keySet()) {
            CalendarServer.Resource r = client.get(href).orElseThrow();
            byUid.put(ICS.read(r.ics(), href, AMSTERDAM).uid(), r);
        }
        return byUid;
    }

    ScheduleEntry here(String uid) {
        return files.schedule.entries().stream().filter(e -> e.uid().equals(uid)).findFirst().orElse(null);
    }

    @Test
    void theFirstSyncMakesTheCalendarAndEveryEntry() throws Exception {
        SyncReport report = setUp().sync();
        assertEquals(3, report.sent());
        Map<String, CalendarServer.Resource> there = there();
        assertEquals(Set.of("window-1", "focus-1", "focus-2"), there.keySet());
        assertEquals(dentist(), ICS.read(there.get("focus-2").ics(), "focus-2", AMSTERDAM));
        assertTrue(Files.isDirectory(radicale.storage().resolve("collection-root/anna/reachable")));
        assertTrue(app().sync().nothing(), "a second sync changes nothing");
        assertEquals(3, puts.size());
    }

    @Test
    void anEditHereAppearsThere() throws Exception {
        SyncEngine engine = setUp();
        engine.sync();
        FocusBlock later = new FocusBlock("focus-2", "Dentist", new Dated(LocalDateTime.parse("2026-12-09T14:00"),
                LocalDateTime.parse("2026-12-09T15:00")), Set.of());
        files.schedule = new Schedule(AMSTERDAM, List.of(mornings(), wednesdays(), later));
        assertEquals(1, app().sync().sent());
        assertEquals(later, ICS.read(there().get("focus-2").ics(), "focus-2", AMSTERDAM));
    }

    @Test
    void editsThereAnExdateAMovedInstanceAndADeletionAppearHereAfterOneSync() throws Exception {
        setUp().sync();
        CalDavClient phone = radicale.client();
        Map<String, CalendarServer.Resource> there = there();
        CalendarServer.Resource writing = there.get("focus-1");
        String skipped = writing.ics().replace("END:VEVENT",
                "EXDATE;TZID=Europe/Amsterdam:20261209T130000\r\nEND:VEVENT");
        phone.put(writing.href(), skipped, Optional.of(writing.etag()));
        CalendarServer.Resource window = there.get("window-1");
        String moved = window.ics().replace("END:VCALENDAR", String.join("\r\n", "BEGIN:VEVENT", "UID:window-1",
                "DTSTAMP:20261207T080000Z", "RECURRENCE-ID;TZID=Europe/Amsterdam:20261208T090000",
                "DTSTART;TZID=Europe/Amsterdam:20261208T100000", "DTEND;TZID=Europe/Amsterdam:20261208T120000",
                "END:VEVENT", "END:VCALENDAR"));
        phone.put(window.href(), moved, Optional.of(window.etag()));
        phone.delete(there.get("focus-2").href(), there.get("focus-2").etag());

        SyncReport report = app().sync();

        assertEquals(2, report.received());
        assertEquals(1, report.deletedHere());
        assertEquals(0, report.sent());
        assertEquals(Set.of(LocalDate.parse("2026-12-09")), ((Weekly) ((FocusBlock) here("focus-1")).when()).series().skipped());
        Dated movedTo = ((Weekly) ((ReachableWindow) here("window-1")).when()).series().moved().get(LocalDate.parse("2026-12-08"));
        assertEquals(new Dated(LocalDateTime.parse("2026-12-08T10:00"), LocalDateTime.parse("2026-12-08T12:00")), movedTo);
        assertEquals(null, here("focus-2"));
        assertTrue(app().sync().nothing());
    }

    @Test
    void anEntryChangedOnBothSidesEndsInTheMerge() throws Exception {
        setUp().sync();
        CalendarServer.Resource dentist = there().get("focus-2");
        FocusBlock theirs = dentist("Dentist (phone)");
        radicale.client().put(dentist.href(), ICS.write(theirs, AMSTERDAM), Optional.of(dentist.etag()));
        FocusBlock mine = dentist("Dentist (laptop)");
        ReachableWindow longer = SyncFixtures.longerMornings();
        files.schedule = new Schedule(AMSTERDAM, List.of(longer, wednesdays(), mine));
        SyncEngine engine = app();
        SyncReport report = engine.sync();
        assertEquals(1, report.conflicts());
        assertEquals(2, report.sent(), "the edit made here only, and the conflict kept as here");
        assertEquals(mine, here("focus-2"));
        assertEquals(mine, ICS.read(there().get("focus-2").ics(), "focus-2", AMSTERDAM));
        assertEquals(theirs, ICS.read(engine.state().conflicts().get("focus-2"), "conflict", AMSTERDAM));
    }

    @Test
    void theServerStoppedBetweenTwoWritesQueuesTheRestAndARestartedAppDeliversThemOnce() throws Exception {
        SyncEngine engine = setUp();
        seam = request -> {
            if (request.method().equals("PUT") && puts.size() == 2) {
                try {
                    radicale.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        StoreException e = assertThrows(StoreException.class, engine::sync);
        assertEquals(ProblemKind.SYNC_UNREACHABLE, e.problem().kind());
        assertTrue(ProblemWords.in(Locale.forLanguageTag("nl")).words(e.problem()).contains("kan de server niet bereiken"));
        assertEquals(2, app().waiting().size(), "two entries wait, as a restarted app reads it from sync.json");
        assertTrue(Files.readString(temp.resolve("sync.json")).contains("SYNC_UNREACHABLE"));

        seam = request -> { };
        radicale.startAgain();
        SyncReport report = app().sync();

        assertEquals(2, report.sent());
        assertEquals(Set.of("window-1", "focus-1", "focus-2"), there().keySet());
        assertEquals(3, Set.copyOf(puts).size());
        assertEquals(4, puts.size(), "three entries, one write tried twice (the one that met the stopped server)");
        try (Stream<Path> stored = Files.list(radicale.storage().resolve("collection-root/anna/reachable"))) {
            assertEquals(3, stored.filter(p -> p.getFileName().toString().endsWith(".ics")).count(), "nothing doubled");
        }
        assertEquals(List.of(), app().waiting());
        assertFalse(app().state().problem().isPresent());
    }
}
