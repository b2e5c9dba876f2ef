package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.SubscriptionStore;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.service.ImportPlan;
import org.reachable.domain.subscribe.SubscriptionRefresh;

/**
 * Days off's Refresh now and Remove subscription, plain JUnit: what the row says while and after
 * it refreshes, in the window's language; what a removal asks, takes out and keeps; one undo.
 */
class SubscriptionsViewModelTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T11:00:00Z"), AMSTERDAM);
    static final String URL = "https://www.feestdagen.nl/feestdagen.ics";
    static final String PREFIX = ImportPlan.uidPrefix(URL);

    private final DayOff xmas = day("xmas", 24, "Kerst");
    private final DayOff boxing = day("boxing", 26, "Tweede kerstdag");
    private final DayOff nye = day("nye", 31, "Oudjaar");
    private final DayOff own = new DayOff("own@reachable", "Verhuizen", LocalDate.of(2027, 1, 15),
            LocalDate.of(2027, 1, 15), DayOffReason.OTHER, "", null, false);
    private final DayOff renamed = new DayOff(nye.uid(), "Oudjaar bij oma", nye.first(), nye.last(), nye.reason(), "",
            null, false);
    private final Subscription subscription = new Subscription(URL, "DAYS_OFF", List.of(),
            Instant.parse("2026-12-07T09:00:00Z"), 0, 0, "", Map.of(xmas.uid(), Subscription.fingerprint(xmas),
                    boxing.uid(), Subscription.fingerprint(boxing), nye.uid(), Subscription.fingerprint(nye)));
    private final ScheduleDocument document = new ScheduleDocument(new Schedule(AMSTERDAM,
            List.of(xmas, boxing, renamed, own)));
    private final SubscriptionStore store = SubscriptionStore.inMemory();
    private final ArrayDeque<Runnable> worker = new ArrayDeque<>();
    private SubscriptionsViewModel.Refresher refresher = url -> new SubscriptionRefresh.Result(url, 1, 1, 0, 1, "");

    private DayOff day(String id, int date, String name) {
        return new DayOff(PREFIX + id, name, LocalDate.of(2026, 12, date), LocalDate.of(2026, 12, date),
                DayOffReason.HOLIDAY, "", null, false);
    }

    private SubscriptionsViewModel model(String language) throws Exception {
        store.save(List.of(subscription));
        var bundle = DaysOffView.bundle(Locale.forLanguageTag(language));
        Executor queue = worker::add;
        SubscriptionsViewModel model = new SubscriptionsViewModel(bundle, new SubscriptionLines(bundle, CLOCK), document,
                url -> refresher.refresh(url), store, queue, Runnable::run);
        model.show(store.load(), document.current());
        return model;
    }

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    private List<String> uids() {
        return document.current().entries().stream().map(ScheduleEntry::uid).sorted().toList();
    }

    @Test
    void refreshNowSaysOnTheRowWhatItDoesAndWhatCameInOrWhyItFailed() throws Exception {
        SubscriptionsViewModel model = model("nl");
        SubscriptionsViewModel.Row row = model.rows().get(0);
        assertTrue(row.lineProperty().get().startsWith("Geabonneerd op " + URL + ": laatst ververst op 7 december"),
                row.lineProperty().get());
        model.refresh(row);
        assertEquals("Bezig met vernieuwen…", row.stateProperty().get());
        assertTrue(row.busyProperty().get(), "the buttons wait");
        runWorker();
        assertEquals("Zojuist vernieuwd: 1 nieuw, 1 gewijzigd, 0 verwijderd.", row.stateProperty().get());
        assertFalse(row.busyProperty().get());

        refresher = url -> {
            throw new StoreException(Problem.of(ProblemKind.SYNC_UNREACHABLE, URL, "Connection refused"));
        };
        model.refresh(row);
        runWorker();
        assertEquals("Vernieuwen lukte niet: " + URL + ": kan de server niet bereiken (Connection refused); je"
                + " wijzigingen wachten en gaan mee zodra hij weer antwoordt. Wat eerder is geïmporteerd, blijft zoals"
                + " het is.", row.stateProperty().get());
        assertTrue(row.failedProperty().get());
        model.show(store.load(), document.current());
        assertEquals(row.stateProperty().get(), model.rows().get(0).stateProperty().get(),
                "the row made again (the tray wrote the file) keeps what it said");

        SubscriptionsViewModel english = model("en");
        refresher = url -> new SubscriptionRefresh.Result(url, 0, 0, 0, 0, "");
        english.refresh(english.rows().get(0));
        runWorker();
        assertEquals("Refreshed just now: nothing had changed.", english.rows().get(0).stateProperty().get());
    }

    @Test
    void removingTakesOutWhatItImportedKeepsTheUsersOwnEditAndIsUndoneInOneStep() throws Exception {
        SubscriptionsViewModel model = model("nl");
        SubscriptionsViewModel.Removal removal = model.removal(model.rows().get(0));
        assertEquals("Het abonnement op " + URL + " verwijderen?", removal.question());
        assertEquals("De 2 onderdelen die het importeerde, gaan uit je schema. Het onderdeel dat je hier wijzigde,"
                + " blijft staan als je eigen onderdeel. Reachable importeert het daarna niet meer. Je kunt dit op"
                + " deze pagina ongedaan maken.", removal.detail());

        model.remove(removal);
        runWorker();
        assertEquals(List.of(nye.uid(), own.uid()).stream().sorted().toList(), uids(),
                "Christmas and Boxing Day left; the renamed New Year's Eve and the user's own day stay");
        assertEquals(List.of(), store.load(), "subscriptions.json has it no more");
        assertTrue(model.rows().isEmpty());
        assertEquals("Abonnement op " + URL + " verwijderd; 2 onderdelen gingen uit je schema.",
                model.noteProperty().get());

        model.undoRemoval();
        runWorker();
        assertEquals(4, uids().size(), "the entries are back");
        assertEquals(List.of(subscription), store.load(), "and so is the subscription");
        assertEquals("Het abonnement op " + URL + " is terug, met zijn onderdelen.", model.noteProperty().get());
        assertFalse(model.canUndoRemoval());

        model.remove(model.removal(model.rows().isEmpty() ? rowFor(model) : model.rows().get(0)));
        assertTrue(document.undo(), "the page's own undo brings the entries back too");
        assertEquals(4, uids().size());
    }

    @Test
    void theEnglishQuestionSaysTheSame() throws Exception {
        SubscriptionsViewModel model = model("en");
        assertEquals("The 2 entries it imported leave your schedule. The 1 entry you changed here stays, as your own."
                + " Reachable no longer imports it. You can undo this on this page.",
                model.removal(model.rows().get(0)).detail());
    }

    private SubscriptionsViewModel.Row rowFor(SubscriptionsViewModel model) throws Exception {
        model.show(store.load(), document.current());
        return model.rows().get(0);
    }

    @Test
    void undoOnThePageAfterARemovalBringsBackTheSubscriptionWithItsEntriesAndRedoTakesBoth() throws Exception {
        SubscriptionsViewModel model = model("nl");
        model.remove(model.removal(model.rows().get(0)));
        runWorker();
        assertTrue(document.undo(), "Ctrl+Z on the page");
        runWorker();
        assertEquals(4, uids().size(), "the entries are back");
        assertEquals(List.of(subscription), store.load(), "and so is the subscription, which keeps them up to date");
        assertEquals("Het abonnement op " + URL + " is terug, met zijn onderdelen.", model.noteProperty().get());
        assertFalse(model.canUndoRemoval(), "nothing left for the note to undo");

        assertTrue(document.redo(), "Ctrl+Shift+Z");
        runWorker();
        assertEquals(List.of(nye.uid(), own.uid()).stream().sorted().toList(), uids());
        assertEquals(List.of(), store.load(), "removed again, both halves");
        assertTrue(model.canUndoRemoval());
        model.undoRemoval();
        runWorker();
        assertEquals(4, uids().size());
        assertEquals(List.of(subscription), store.load());
        assertTrue(document.redo(), "the note's Undo was the same step: it can be redone");
        runWorker();
        assertEquals(List.of(), store.load());
    }

    @Test
    void theNotesUndoAfterOtherEditsIsUndoneWholeToo() throws Exception {
        SubscriptionsViewModel model = model("nl");
        model.remove(model.removal(model.rows().get(0)));
        document.apply(ScheduleEdit.remove(ScheduleEdit.Action.DELETE, List.of(own)));
        runWorker();
        model.undoRemoval();
        runWorker();
        assertEquals(List.of(subscription), store.load());
        assertEquals(List.of(xmas.uid(), boxing.uid(), nye.uid()).stream().sorted().toList(), uids());
        assertTrue(document.undo(), "Ctrl+Z takes the note's Undo back");
        runWorker();
        assertEquals(List.of(nye.uid()), uids());
        assertEquals(List.of(), store.load(), "the subscription goes with its entries");
        assertTrue(model.canUndoRemoval());
    }
}
