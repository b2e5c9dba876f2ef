package org.reachable.adapters.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.domain.sync.SyncFixtures.dentist;
import static org.reachable.domain.sync.SyncFixtures.mornings;
import static org.reachable.domain.sync.SyncFixtures.wednesdays;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.adapters.ics.IcsScheduleStore;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.adapters.json.JsonOverrideStore;
import org.reachable.adapters.json.JsonSettingsStore;
import org.reachable.adapters.json.JsonSyncStore;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.sync.SyncChoice;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncFixtures;
import org.reachable.ui.conflicts.ConflictsView;
import org.reachable.ui.conflicts.ConflictsViewModel;

/**
 * The conflict question end to end against a real Radicale, with the data folder's real files: a
 * phone and this computer change the same appointment, the tray's sync keeps the question in
 * sync.json, the window's question takes the phone's version, and after the next sync
 * schedule.ics, the server's object and sync.json agree, with no question left.
 */
class ConflictChoiceRadicaleTest {

    static final ZoneId AMSTERDAM = SyncFixtures.AMSTERDAM;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), AMSTERDAM);
    static final IcsEntries ICS = new IcsEntries();

    @TempDir
    Path temp;
    Radicale radicale;
    final SyncFixtures.MapPasswords passwords = new SyncFixtures.MapPasswords();

    @BeforeEach
    void start() throws Exception {
        radicale = Radicale.start(temp);
        workspace().settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels()));
        workspace().schedules().save(new Schedule(AMSTERDAM, List.of(mornings(), wednesdays(), dentist())));
    }

    @AfterEach
    void stop() throws InterruptedException {
        radicale.close();
    }

    /** The data folder's files, as each process of the app opens them. */
    Workspace workspace() {
        JsonCodec json = new JsonCodec();
        return new Workspace(new IcsScheduleStore(new StoreFile(new DataFile(temp.resolve("schedule.ics"), CLOCK))),
                new JsonSettingsStore(new StoreFile(new DataFile(temp.resolve("settings.json"), CLOCK)), json),
                new JsonOverrideStore(new StoreFile(new DataFile(temp.resolve("override.json"), CLOCK)), json), CLOCK);
    }

    /** A process's sync over the same data folder (the tray's, or the window's). */
    SyncEngine engine() {
        CalendarServer.Connector connector = (url, user, password) -> new CalDavClient(url, user, password);
        return new SyncEngine(new JsonSyncStore(new StoreFile(new DataFile(temp.resolve("sync.json"), CLOCK))),
                workspace(), ICS, passwords, connector, CLOCK);
    }

    Schedule file() throws Exception {
        return workspace().schedules().load(AMSTERDAM);
    }

    ScheduleEntry onServer(String uid) throws Exception {
        CalDavClient client = radicale.client();
        for (String href : client.list(client.calendar()).keySet()) {
            ScheduleEntry entry = ICS.read(client.get(href).orElseThrow().ics(), href, AMSTERDAM);
            if (entry.uid().equals(uid)) {
                return entry;
            }
        }
        return null;
    }

    @Test
    void thePhonesVersionChosenInTheWindowEndsOnTheServerAndInScheduleIcsAndTheQuestionIsGone() throws Exception {
        SyncEngine tray = engine();
        tray.setUp(radicale.url(), Radicale.USER, Radicale.PASSWORD);
        tray.sync();
        FocusBlock phone = dentist("Dentist (moved on the phone)");
        CalDavClient client = radicale.client();
        String href = client.hrefFor(client.calendar(), "focus-2");
        client.put(href, ICS.write(phone, AMSTERDAM), Optional.of(client.get(href).orElseThrow().etag()));
        FocusBlock laptop = dentist("Dentist (laptop)");
        workspace().schedules().save(ScheduleEdit.replace(ScheduleEdit.Action.CHANGE, dentist(), laptop)
                .applyTo(file()));
        assertEquals(1, tray.sync().conflicts());
        assertEquals(1, tray.state().conflicts().size(), "the question waits in sync.json");
        assertEquals(laptop, onServer("focus-2"), "meanwhile this computer's version counts everywhere");

        // the window: its editor's document, the question over its own sync of the same folder
        ScheduleDocument document = new ScheduleDocument(file());
        ConflictsViewModel question = new ConflictsViewModel(ConflictsView.bundle(Locale.ENGLISH), Locale.ENGLISH,
                ConflictsViewModel.Sync.of(engine()), document, Settings::defaultChannels, () -> "copy-1", CLOCK,
                Runnable::run, Runnable::run);
        question.load(() -> { });
        assertEquals(1, question.questions().size());
        assertTrue(question.questions().get(0).server().contains("Dentist (moved on the phone)"));
        question.questions().get(0).choiceProperty().set(SyncChoice.SERVER);
        question.apply();
        workspace().schedules().save(document.current()); // what the editor's auto-save does next
        assertTrue(engine().state().conflicts().isEmpty(), "answered: gone from sync.json");

        assertEquals(1, tray.sync().sent(), "the next sync sends the choice");
        assertEquals(phone, onServer("focus-2"));
        assertTrue(file().entries().contains(phone));
        assertEquals(3, file().entries().size());
        assertTrue(tray.sync().nothing(), "both sides agree");
        assertTrue(tray.state().conflicts().isEmpty());
        assertTrue(Files.readString(temp.resolve("sync.json")).contains("\"conflicts\" : { }"),
                Files.readString(temp.resolve("sync.json")));
    }
}
