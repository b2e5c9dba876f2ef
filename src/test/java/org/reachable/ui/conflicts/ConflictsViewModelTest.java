package org.reachable.ui.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.sync.SyncChoice;

/**
 * The conflict question with a fake sync and the editor's real document: what the user reads for
 * each version, and what each answer does to the schedule, the undo history and sync.json.
 */
class ConflictsViewModelTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), AMSTERDAM); // a Monday

    static final ReachableWindow MORNINGS = new ReachableWindow("window-1", null,
            Weekly.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeRange.of("09:00", "11:00")),
            Set.of("phone"));
    static final ReachableWindow LATER_MORNINGS = new ReachableWindow("window-1", null,
            Weekly.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeRange.of("10:00", "12:00")),
            Set.of("phone", "email"));
    static final FocusBlock WRITING = new FocusBlock("focus-1", "Writing",
            Weekly.of(EnumSet.of(DayOfWeek.WEDNESDAY), TimeRange.of("13:00", "16:00")), Set.of());
    static final FocusBlock DENTIST = new FocusBlock("focus-2", "Dentist",
            new Dated(LocalDateTime.parse("2026-12-09T10:00"), LocalDateTime.parse("2026-12-09T11:00")), Set.of());
    /** The phone's version, written in London time: shown in Amsterdam time. */
    static final FocusBlock DENTIST_LONDON = new FocusBlock("focus-2", "Dentist (phone)",
            new Dated(LocalDateTime.parse("2026-12-09T10:00"), LocalDateTime.parse("2026-12-09T11:00"),
                    ZoneId.of("Europe/London")), Set.of());

    /** sync.json's questions in a map. */
    static final class FakeSync implements ConflictsViewModel.Sync {
        final Map<String, Optional<ScheduleEntry>> waiting = new LinkedHashMap<>();
        final List<Set<String>> settled = new ArrayList<>();
        boolean failSettle;

        @Override
        public Map<String, Optional<ScheduleEntry>> waiting(ZoneId zone) {
            return new LinkedHashMap<>(waiting);
        }

        @Override
        public void settle(Set<String> uids) throws StoreException {
            if (failSettle) {
                throw new StoreException(Problem.of(ProblemKind.FILE_UNSAVED, "disk full").at("sync.json", 0));
            }
            settled.add(uids);
            waiting.keySet().removeAll(uids);
        }
    }

    final FakeSync sync = new FakeSync();
    final ScheduleDocument document = new ScheduleDocument(new Schedule(AMSTERDAM, List.of(MORNINGS, WRITING, DENTIST)));
    int copies;

    ConflictsViewModel model(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ConflictsViewModel model = new ConflictsViewModel(ConflictsView.bundle(locale), locale, sync, document,
                Settings::defaultChannels, () -> "copy-" + ++copies, CLOCK, Runnable::run, Runnable::run);
        model.load(() -> { });
        return model;
    }

    @Test
    void eachVersionIsWordedAsTheWeekSaysItInTheHomeZone() {
        sync.waiting.put("window-1", Optional.of(LATER_MORNINGS));
        sync.waiting.put("focus-2", Optional.of(DENTIST_LONDON));
        ConflictsViewModel.Question window = model("en").questions().get(0);
        assertEquals("Reachable time", window.title(), "not the model's name for an unnamed window");
        assertEquals("every Monday to Friday, 9:00–11:00\nfor Phone", window.here());
        assertEquals("every Monday to Friday, 10:00–12:00\nfor Phone and Email", window.server());
        ConflictsViewModel.Question dentist = model("nl").questions().get(1);
        assertEquals("Focusblok ‘Dentist’", dentist.title());
        assertEquals("met de naam ‘Dentist’\nwoensdag 9 december, 10.00–11.00 uur\nvoor alle kanalen", dentist.here(),
                "a name that differs is said on both sides");
        assertEquals("met de naam ‘Dentist (phone)’\nwoensdag 9 december, 11.00–12.00 uur\nvoor alle kanalen",
                dentist.server(), "London's 10:00 is 11:00 at home");
    }

    /**
     * A series made this week starts on its first occurrence: "elke woensdag" read on Monday 7 December
     * is 9 December anyway, so the start date is said only where it changes what the reader expects.
     */
    @Test
    void theStartDateIsSaidOnlyWhereItMatters() {
        java.time.LocalDate wednesday = java.time.LocalDate.of(2026, 12, 9);
        FocusBlock fromThisWeek = new FocusBlock("focus-1", "Writing", new Weekly(EnumSet.of(DayOfWeek.WEDNESDAY),
                TimeRange.of("13:00", "17:00"), wednesday), Set.of());
        sync.waiting.put("focus-1", Optional.of(fromThisWeek));
        ConflictsViewModel.Question writing = model("nl").questions().get(0);
        assertEquals("elke woensdag, 13.00–16.00 uur\nvoor alle kanalen", writing.here());
        assertEquals("elke woensdag, 13.00–17.00 uur\nvoor alle kanalen", writing.server(),
                "not \"elke woensdag, vanaf woensdag 9 december\": the next Wednesday is the 9th anyway");
        FocusBlock fromJanuary = new FocusBlock("focus-1", "Writing", new Weekly(EnumSet.of(DayOfWeek.WEDNESDAY),
                TimeRange.of("13:00", "16:00"), java.time.LocalDate.of(2027, 1, 6)), Set.of());
        sync.waiting.put("focus-1", Optional.of(fromJanuary));
        assertEquals("elke woensdag, vanaf woensdag 6 januari, 13.00–16.00 uur\nvoor alle kanalen",
                model("nl").questions().get(0).server(), "three Wednesdays without it: the date matters");
    }

    @Test
    void takingTheServersVersionIsOneUndoStepAndTakesTheQuestionOffSyncJson() {
        sync.waiting.put("window-1", Optional.of(LATER_MORNINGS));
        sync.waiting.put("focus-2", Optional.of(DENTIST_LONDON));
        ConflictsViewModel model = model("en");
        model.questions().get(0).choiceProperty().set(SyncChoice.SERVER);
        model.questions().get(1).choiceProperty().set(SyncChoice.SERVER);
        model.apply();
        assertEquals(List.of(LATER_MORNINGS, WRITING, DENTIST_LONDON), document.current().entries());
        assertEquals(List.of(Set.of("window-1", "focus-2")), sync.settled);
        assertTrue(model.questions().isEmpty());
        assertEquals("Done: your 2 choices are in the schedule and go to the server with the next sync."
                + " Undo on the Schedule page takes them back.", model.messageProperty().get());
        document.undo();
        assertEquals(List.of(MORNINGS, WRITING, DENTIST), document.current().entries(), "one undo takes both back");
        assertFalse(document.canUndo());
    }

    @Test
    void keepingBothAddsTheServersVersionBesideThisOne() {
        sync.waiting.put("focus-2", Optional.of(DENTIST_LONDON));
        ConflictsViewModel model = model("en");
        assertTrue(model.questions().get(0).bothPossible());
        model.questions().get(0).choiceProperty().set(SyncChoice.BOTH);
        model.apply();
        assertEquals(4, document.current().entries().size());
        assertEquals(DENTIST, document.current().entries().get(2));
        FocusBlock copy = (FocusBlock) document.current().entries().get(3);
        assertEquals("copy-1", copy.uid());
        assertEquals(DENTIST_LONDON.when(), copy.when());
    }

    @Test
    void keepingThisComputersVersionOnlyClearsTheQuestion() {
        sync.waiting.put("focus-2", Optional.of(DENTIST_LONDON));
        ConflictsViewModel model = model("en");
        List<String> told = new ArrayList<>();
        model.onSettled(() -> told.add("settled"));
        model.questions().get(0).choiceProperty().set(SyncChoice.HERE);
        model.apply();
        assertEquals(List.of("settled"), told, "Settings' status line is read again");
        assertEquals(List.of(MORNINGS, WRITING, DENTIST), document.current().entries());
        assertFalse(document.canUndo());
        assertEquals(List.of(Set.of("focus-2")), sync.settled);
    }

    @Test
    void aDeletionOnTheServerOffersNoKeepBothAndTakingItDeletesHere() {
        sync.waiting.put("focus-1", Optional.empty());
        ConflictsViewModel model = model("nl");
        ConflictsViewModel.Question question = model.questions().get(0);
        assertEquals("verwijderd", question.server());
        assertFalse(question.bothPossible());
        question.choiceProperty().set(SyncChoice.SERVER);
        model.apply();
        assertEquals(List.of(MORNINGS, DENTIST), document.current().entries());
    }

    @Test
    void unansweredQuestionsStayAndNothingChosenSaysSo() {
        sync.waiting.put("window-1", Optional.of(LATER_MORNINGS));
        sync.waiting.put("focus-2", Optional.of(DENTIST_LONDON));
        ConflictsViewModel model = model("nl");
        model.apply();
        assertEquals("Kies eerst voor minstens één blok een versie.", model.messageProperty().get());
        model.questions().get(1).choiceProperty().set(SyncChoice.SERVER);
        model.apply();
        assertEquals(List.of("window-1"), model.questions().stream().map(ConflictsViewModel.Question::uid).toList());
        assertEquals(Map.of("window-1", Optional.of(LATER_MORNINGS)), sync.waiting);
    }

    @Test
    void nothingWaitingSaysBothSidesAgree() {
        assertEquals("Niets te kiezen: deze computer en de server zijn het eens.", model("nl").messageProperty().get());
    }

    @Test
    void aSyncJsonThatCannotBeWrittenSaysWhyAndKeepsTheEdit() {
        sync.waiting.put("focus-2", Optional.of(DENTIST_LONDON));
        sync.failSettle = true;
        ConflictsViewModel model = model("en");
        model.questions().get(0).choiceProperty().set(SyncChoice.SERVER);
        model.apply();
        assertTrue(model.messageProperty().get().contains("disk full"), model.messageProperty().get());
        assertEquals(DENTIST_LONDON, document.current().entries().get(2));
    }
}
