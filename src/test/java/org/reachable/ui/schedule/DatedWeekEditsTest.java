package org.reachable.ui.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * One block of a repeating entry changed in a dated week, as calendar apps do it, without a toolkit:
 * the page asks "Alleen deze week of elke week?"; only this week moves, resizes or skips one
 * occurrence, every week changes the series, Cancel changes nothing; a skipped week shows as a
 * placeholder and is restored; each answer is one undo step, and the file reads back the same. The
 * clock stands on Thursday 26 November 2026 in Amsterdam: the week shown is 23–29 November.
 */
class DatedWeekEditsTest {

    static final LocalDate MON = LocalDate.of(2026, 11, 23);
    static final LocalDate TUE = MON.plusDays(1);
    static final LocalDate WED = MON.plusDays(2);
    static final LocalDate THU = MON.plusDays(3);

    private final AnsweringUser user = new AnsweringUser();
    private final ScheduleDocument document = user.document;
    private final ScheduleViewModel model = user.page(ScheduleViewModelTest.DUTCH);

    @TempDir
    Path folder;

    private List<WeekBlock> blocks(String uid, DayOfWeek day) {
        return model.page().blocks().stream().filter(b -> b.uid().equals(uid) && b.day() == day).toList();
    }

    private WeekBlock only(String uid, DayOfWeek day) {
        List<WeekBlock> found = blocks(uid, day);
        assertEquals(1, found.size(), uid + " on " + day + ": " + found);
        return found.get(0);
    }

    @Test
    void movingOneBlockAsksAndOnlyThisWeekMovesThatOccurrence() throws Exception {
        model.move("f", WEDNESDAY, THURSDAY, 14 * 60);

        assertEquals(1, user.asked.size(), "the page asked once");
        assertEquals("Alleen deze week, ook de weken erna, of elke week?", user.asked.get(0).header());
        assertEquals("Dit blok herhaalt zich: Focus, wo 13.00–17.00 uur: alle kanalen.\n"
                + "Wijzig je het alleen op woensdag 25 november, ook in de weken erna, of elke week?", user.asked.get(0).text());
        assertEquals(List.of("Alleen _deze week", "Deze en _volgende weken", "_Elke week", "Annuleren"),
                List.of(user.asked.get(0).thisWeek(), user.asked.get(0).following(), user.asked.get(0).everyWeek(),
                        user.asked.get(0).cancel()));
        assertEquals(Map.of(WED, new Dated(THU.atTime(14, 0), THU.atTime(18, 0))), user.weekly("f").series().moved());
        assertEquals(EnumSet.of(WEDNESDAY), user.weekly("f").days(), "the pattern stays on Wednesday");

        WeekBlock moved = only("f", THURSDAY);
        assertEquals(WeekBlock.Once.MOVED, moved.once());
        assertEquals(14 * 60, moved.startMinute());
        assertEquals(18 * 60, moved.endMinute());
        assertTrue(moved.description().startsWith("Alleen deze week: donderdag 26 november 14.00–18.00 uur."
                + " Gewoonlijk: Focus, woensdag"), moved.description());
        assertEquals(List.of(), blocks("f", WEDNESDAY), "not on Wednesday this week");
        assertEquals("elke woensdag; 1 keer verplaatst", model.page().rows().get(1).daysText());

        model.page().navigation().next();
        assertEquals(WeekBlock.Once.USUAL, only("f", WEDNESDAY).once(), "next week as always");
        assertEquals(13 * 60, only("f", WEDNESDAY).startMinute());
        assertEquals(List.of(), blocks("f", THURSDAY));

        assertEquals(document.current(), AnsweringUser.throughTheFile(folder, document.current()), "RECURRENCE-ID reads back the same");
        model.undo();
        assertEquals(ScheduleViewModelTest.week(), document.current(), "one undo takes it back");
        model.redo();
        assertEquals(Map.of(WED, new Dated(THU.atTime(14, 0), THU.atTime(18, 0))), user.weekly("f").series().moved());
    }

    @Test
    void everyWeekChangesTheSeriesAndCancelChangesNothing() {
        user.answer = Optional.empty();
        model.move("f", WEDNESDAY, THURSDAY, 14 * 60);
        assertEquals(ScheduleViewModelTest.week(), document.current(), "Cancel: nothing changed");
        assertFalse(model.undoState().canUndoProperty().get(), "and nothing to undo");
        assertEquals(13 * 60, only("f", WEDNESDAY).startMinute(), "the block is back where it was");

        user.answer = Optional.of(BlockEdits.Scope.EVERY_WEEK);
        model.move("f", WEDNESDAY, THURSDAY, 14 * 60);
        assertEquals(new Weekly(EnumSet.of(THURSDAY), TimeRange.of("14:00", "18:00"), null), user.weekly("f"));
        model.page().navigation().next();
        assertEquals(14 * 60, only("f", THURSDAY).startMinute(), "every week");
    }

    @Test
    void deletingOnlyThisWeekSkipsItAndTheSkippedWeekIsShownAndRestored() throws Exception {
        model.deleteDay("m", MONDAY);
        assertEquals("Dit blok herhaalt zich: Bereikbaar, ma t/m vr 9.00–11.00 uur: Telefoon en E-mail.\n"
                + "Verwijder je het alleen op maandag 23 november, ook in de weken erna, of elke week?", user.asked.get(0).text());
        assertEquals(Set.of(MON), user.weekly("m").series().skipped());
        assertEquals(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), user.weekly("m").days());

        WeekBlock skipped = only("m", MONDAY);
        assertEquals(WeekBlock.Once.SKIPPED, skipped.once(), "a placeholder where it would have been");
        assertEquals(9 * 60, skipped.startMinute());
        assertTrue(skipped.description().startsWith("Deze week overgeslagen: Bereikbaar, maandag 9.00–11.00 uur"),
                skipped.description());
        assertEquals("elke maandag t/m vrijdag; 1 keer overgeslagen", model.page().rows().get(0).daysText());
        assertEquals(document.current(), AnsweringUser.throughTheFile(folder, document.current()), "EXDATE reads back the same");

        // a placeholder is not there to move: the page says what to do instead, and asks nothing
        model.move("m", MONDAY, MONDAY, 10 * 60);
        assertEquals("Dit blok is deze week overgeslagen. Zet het eerst terug (rechtermuisknop: Deze week terugzetten).",
                model.problemProperty().get());
        assertEquals(1, user.asked.size());

        model.restore(new BlockKey("m", MONDAY));
        assertEquals(ScheduleViewModelTest.week(), document.current(), "restored: the plain pattern again");
        assertEquals(WeekBlock.Once.USUAL, only("m", MONDAY).once());
        model.undo();
        assertEquals(Set.of(MON), user.weekly("m").series().skipped(), "undo takes the restore back");
        model.undo();
        assertEquals(ScheduleViewModelTest.week(), document.current(), "and the skip");
    }

    @Test
    void resizingOneDayOfAWorkWeekOnlyThisWeekAndDraggingItBackMakesThePlainPatternAgain() throws Exception {
        model.resize("m", TUESDAY, 9 * 60, 12 * 60);
        assertEquals(Map.of(TUE, new Dated(TUE.atTime(9, 0), TUE.atTime(12, 0))), user.weekly("m").series().moved());
        assertEquals(12 * 60, only("m", TUESDAY).endMinute());
        assertEquals(11 * 60, only("m", WEDNESDAY).endMinute(), "the other days as they were");
        assertEquals(document.current(), AnsweringUser.throughTheFile(folder, document.current()));

        model.resize("m", TUESDAY, 9 * 60, 11 * 60);
        assertEquals(1, user.asked.size(), "this week's own already: no second question");
        assertEquals(ScheduleViewModelTest.week(), document.current(),
                "back at its usual times the exception goes, not an exception equal to the rule");
    }

    @Test
    void aMovedOccurrenceCanBeRestoredFromWhereItLies() {
        model.move("f", WEDNESDAY, FRIDAY, 8 * 60);
        assertEquals(WeekBlock.Once.MOVED, only("f", FRIDAY).once());
        model.move("f", FRIDAY, FRIDAY, 9 * 60); // as Ctrl+Down does, a quarter at a time
        model.resize("f", FRIDAY, 9 * 60, 12 * 60);
        assertEquals(1, user.asked.size(), "once this week's own, it stays so without asking again");
        assertEquals(Map.of(WED, new Dated(WED.plusDays(2).atTime(9, 0), WED.plusDays(2).atTime(12, 0))),
                user.weekly("f").series().moved());
        model.restore(new BlockKey("f", FRIDAY));
        assertEquals(ScheduleViewModelTest.week(), document.current());
        assertEquals(WeekBlock.Once.USUAL, only("f", WEDNESDAY).once());
    }

    @Test
    void thePatternAsksNothingAndChangesEveryWeek() {
        model.setAsk(q -> fail("the pattern has no single weeks to ask about"));
        model.page().navigation().pattern();
        model.move("f", WEDNESDAY, THURSDAY, 14 * 60);
        assertEquals(EnumSet.of(THURSDAY), user.weekly("f").days());
        assertTrue(user.weekly("f").series().isEveryWeek());
        assertNull(model.page().blocks().stream().filter(b -> b.once() != WeekBlock.Once.USUAL).findFirst()
                .orElse(null));
    }

    @Test
    void aDayOffInTheWeekIsNotDraggedButSentToItsOwnPage() {
        document.apply(org.reachable.domain.edit.ScheduleEdit.add(org.reachable.domain.edit.ScheduleEdit.Action.CREATE,
                List.of(org.reachable.domain.model.DayOff.of("off", THU, THU,
                        org.reachable.domain.model.DayOffReason.HOLIDAY))));
        Schedule before = document.current();
        model.move("off", THURSDAY, FRIDAY, 0);
        assertEquals("Vrije dagen en extra vensters bewerk je op de pagina Vrije dagen.", model.problemProperty().get());
        model.deleteDay("off", THURSDAY);
        assertEquals(before, document.current());
        assertEquals(List.of(), user.asked);
    }

    @Test
    void theQuestionSpeaksEnglishToo() {
        ScheduleViewModel english = user.page(Locale.UK);
        english.deleteDay("f", WEDNESDAY);
        BlockEdits.Question q = user.asked.get(0);
        assertEquals("Only this week, this and following weeks, or every week?", q.header());
        assertEquals("This block repeats: Focus, Wed 13:00–17:00: every channel.\n"
                + "Delete it only on Wednesday 25 November, from then on, or every week?", q.text());
        assertEquals(List.of("Only _this week", "This and _following weeks", "_Every week", "Cancel"),
                List.of(q.thisWeek(), q.following(), q.everyWeek(), q.cancel()));
        assertEquals(Set.of(WED), user.weekly("f").series().skipped());
        assertTrue(english.page().blocks().stream().anyMatch(b -> b.isSkipped()
                && b.description().startsWith("Skipped this week: Focus, Wednesday")));
    }

}
