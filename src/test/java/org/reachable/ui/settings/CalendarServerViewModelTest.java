package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.sync.SyncReport;
import org.reachable.domain.sync.SyncState;

/** Settings → Calendar server's state, without a toolkit: a fake sync, direct executors. */
class CalendarServerViewModelTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String URL = "https://cloud.example.com/remote.php/dav";

    /** A sync that answers as told and remembers what it was asked. */
    static final class FakeSync implements CalendarServerViewModel.Sync {
        final List<String> calls = new ArrayList<>();
        SyncState state = SyncState.none();
        StoreException refuse;

        @Override
        public String test(String url, String user, String password) throws StoreException {
            calls.add("test " + user + ":" + password);
            if (refuse != null) {
                throw refuse;
            }
            return "/remote.php/dav/calendars/anna/reachable/";
        }

        @Override
        public void setUp(String url, String user, String password) throws StoreException {
            test(url, user, password);
            calls.add("setUp");
            state = new SyncState(url, user, Optional.of("/remote.php/dav/calendars/anna/reachable/"), Optional.empty(),
                    Map.of(), List.of(), Map.of(), Optional.empty(), 0, Optional.empty());
        }

        @Override
        public SyncReport sync() {
            calls.add("sync");
            state = new SyncState(state.url(), state.user(), state.calendar(), Optional.empty(), Map.of(), List.of(),
                    Map.of(), Optional.of(Instant.parse("2026-12-07T08:15:00Z")), 0, Optional.empty());
            return new SyncReport(7, 0, 1, 0, 0, List.of());
        }

        @Override
        public SyncState state() {
            return state;
        }

        @Override
        public List<String> waiting() {
            return List.of();
        }
    }

    final FakeSync sync = new FakeSync();

    CalendarServerViewModel model(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new CalendarServerViewModel(CalendarServerView.bundle(locale), locale, sync, AMSTERDAM, Runnable::run,
                Runnable::run);
    }

    @Test
    void withNothingSetUpItSaysNothingLeavesThisComputer() {
        CalendarServerViewModel model = model("en");
        model.load();
        assertEquals("No calendar server set up: nothing leaves this computer.", model.statusProperty().get());
        model.testConnection();
        assertEquals("Fill in the address, the user name and the password first.", model.resultProperty().get());
        assertEquals(List.of(), sync.calls, "nothing asked of the server");
    }

    @Test
    void testConnectionSaysWhichCalendarAndSavesNothing() {
        CalendarServerViewModel model = model("nl");
        model.urlProperty().set(" " + URL + " ");
        model.userProperty().set("anna");
        model.passwordProperty().set("app-password");
        model.testConnection();
        assertEquals("Verbonden: de agenda is /remote.php/dav/calendars/anna/reachable/.", model.resultProperty().get());
        assertFalse(model.failedProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of("test anna:app-password"), sync.calls);
        assertFalse(sync.state.configured());
    }

    @Test
    void saveSetsUpSyncsForgetsThePasswordAndShowsTheLastSync() {
        CalendarServerViewModel model = model("en");
        model.urlProperty().set(URL);
        model.userProperty().set("anna");
        model.passwordProperty().set("app-password");
        model.save();
        assertEquals(List.of("test anna:app-password", "setUp", "sync"), sync.calls);
        assertEquals("Saved and synced: 7 sent, 1 received.", model.resultProperty().get());
        assertEquals("", model.passwordProperty().get(), "the keyring has it; the screen does not");
        assertEquals("Last sync: Monday 7 December 09:15. Nothing waits to be sent.", model.statusProperty().get());
    }

    @Test
    void aRefusedPasswordIsAProblemInTheScreensLanguage() {
        sync.refuse = new StoreException(Problem.of(ProblemKind.SYNC_UNAUTHORIZED, URL));
        CalendarServerViewModel model = model("nl");
        model.urlProperty().set(URL);
        model.userProperty().set("anna");
        model.passwordProperty().set("wrong");
        model.save();
        assertTrue(model.failedProperty().get());
        assertTrue(model.resultProperty().get().startsWith(URL + ": de server weigerde de gebruikersnaam of het wachtwoord (401)"),
                model.resultProperty().get());
        assertEquals("wrong", model.passwordProperty().get(), "kept to correct it");
        assertFalse(model.busyProperty().get());
    }

    @Test
    void theStatusNamesWaitingChangesConflictsAndTheLastProblem() {
        CalendarServerViewModel model = model("nl");
        SyncState state = new SyncState(URL, "anna", Optional.of("/cal/"), Optional.empty(), Map.of(), List.of("a", "b"),
                Map.of("focus-2", ""), Optional.of(Instant.parse("2026-12-07T08:15:00Z")), 2,
                Optional.of(Problem.of(ProblemKind.SYNC_UNREACHABLE, URL, "connection refused")));
        assertEquals("Laatste synchronisatie: maandag 7 december 09:15. 2 wijzigingen wachten om verstuurd te worden."
                + " 1 wijziging wacht op je keuze. De laatste poging mislukte: " + URL
                + ": kan de server niet bereiken (connection refused); je wijzigingen wachten en gaan mee zodra hij weer"
                + " antwoordt", model.statusLine(state, 2));
    }

    @Test
    void aChangeWaitingForAChoiceOffersChooseWhichOpensTheQuestion() {
        CalendarServerViewModel model = model("en");
        List<String> opened = new java.util.ArrayList<>();
        model.onChoose(() -> opened.add("question"));
        model.load();
        assertFalse(model.choicesProperty().get(), "nothing to choose");
        sync.state = new SyncState(URL, "anna", Optional.of("/cal/"), Optional.empty(), Map.of(), List.of(),
                Map.of("focus-2", ""), Optional.of(Instant.parse("2026-12-07T08:15:00Z")), 0, Optional.empty());
        model.load();
        assertTrue(model.choicesProperty().get());
        model.choose();
        assertEquals(List.of("question"), opened);
    }
}
