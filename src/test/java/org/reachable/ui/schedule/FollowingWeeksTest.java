package org.reachable.ui.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Schedule;

/**
 * "Deze en volgende weken" / "This and following weeks", the question's third answer, as Google
 * Calendar and Outlook offer it: the series ends before the week shown and a new one (new UID, same
 * rule) takes over from the occurrence changed with the change; one undo; the table says both. Clock: Thursday
 * 26 November 2026, Amsterdam; the page is moved on to the week of 30 November.
 */
class FollowingWeeksTest {

    static final LocalDate MON = LocalDate.of(2026, 11, 30);

    private final AnsweringUser user = new AnsweringUser();
    private final ScheduleDocument document = user.document;
    private final ScheduleViewModel model = user.page(ScheduleViewModelTest.DUTCH);

    @TempDir
    Path folder;

    FollowingWeeksTest() {
        user.answer = Optional.of(BlockEdits.Scope.FOLLOWING);
    }

    private Optional<WeekBlock> block(String uid, DayOfWeek day) {
        return model.page().blocks().stream().filter(b -> b.uid().equals(uid) && b.day() == day).findFirst();
    }

    private String rule(String uid) {
        return model.page().rows().stream().filter(r -> r.uid().equals(uid)).findFirst().orElseThrow().daysText();
    }

    @Test
    void movingFromThisWeekOnEndsTheSeriesAndStartsANewOneWithTheChange() throws Exception {
        model.page().navigation().next();
        model.move("f", WEDNESDAY, THURSDAY, 14 * 60);

        assertEquals(1, user.asked.size());
        assertEquals(LocalDate.of(2026, 11, 25), user.weekly("f").series().until(), "its last Wednesday before");
        assertEquals(EnumSet.of(THURSDAY), user.weekly("new-1").days());
        assertEquals(LocalDate.of(2026, 12, 3), user.weekly("new-1").since());
        assertEquals("elke woensdag tot en met woensdag 25 november 2026", rule("f"));
        assertEquals("elke donderdag, vanaf donderdag 3 december", rule("new-1"));

        assertEquals(14 * 60, block("new-1", THURSDAY).orElseThrow().startMinute(), "this week: Thursday");
        assertFalse(block("f", WEDNESDAY).isPresent(), "not on Wednesday any more");
        model.page().navigation().next();
        assertTrue(block("new-1", THURSDAY).isPresent(), "and the weeks after");
        model.page().navigation().thisWeek();
        assertEquals(13 * 60, block("f", WEDNESDAY).orElseThrow().startMinute(), "the week before as it was");
        assertFalse(block("new-1", THURSDAY).isPresent());

        assertEquals(document.current(), AnsweringUser.throughTheFile(folder, document.current()),
                "UNTIL and the new series read back the same");
        model.undo();
        assertEquals(ScheduleViewModelTest.week(), document.current(), "one undo takes split and move back");
        assertEquals("Opnieuw: verplaatsen (Ctrl+Shift+Z)", model.undoState().redoTextProperty().get());
        model.redo();
        assertEquals(LocalDate.of(2026, 11, 25), user.weekly("f").series().until());
        assertEquals(EnumSet.of(THURSDAY), user.weekly("new-1").days());
    }

    @Test
    void deletingADayFromThisWeekOnKeepsTheWeekBeforeAndTakesTheLaterSkippedDatesAlong() {
        model.page().navigation().next();
        model.page().navigation().next();
        user.answer = Optional.of(BlockEdits.Scope.THIS_WEEK);
        model.deleteDay("m", WEDNESDAY); // Wednesday 9 December skipped
        model.page().navigation().previous();
        user.answer = Optional.of(BlockEdits.Scope.FOLLOWING);
        model.deleteDay("m", MONDAY);

        assertEquals(LocalDate.of(2026, 11, 27), user.weekly("m").series().until());
        assertEquals(Set.of(), user.weekly("m").series().skipped());
        assertEquals(EnumSet.of(TUESDAY, WEDNESDAY, THURSDAY, DayOfWeek.FRIDAY), user.weekly("new-1").days());
        assertEquals(Set.of(LocalDate.of(2026, 12, 9)), user.weekly("new-1").series().skipped(),
                "the skipped Wednesday goes with the weeks it lies in");
        assertEquals("elke maandag t/m vrijdag tot en met vrijdag 27 november", rule("m"));
        assertEquals("elke dinsdag t/m vrijdag, vanaf dinsdag 1 december; 1 keer overgeslagen", rule("new-1"));
        assertFalse(block("new-1", MONDAY).isPresent());
        assertTrue(block("new-1", TUESDAY).isPresent());
    }

    @Test
    void changedOnWednesdayTheSeriesEndsOnTuesdayAndThatWeeksMondayAndTuesdayStayAsTheyWere() throws Exception {
        model.page().navigation().next(); // Monday 30 November – Sunday 6 December
        model.resize("m", WEDNESDAY, 9 * 60, 12 * 60);

        assertEquals(LocalDate.of(2026, 12, 1), user.weekly("m").series().until(), "its last date before Wednesday");
        assertEquals("elke maandag t/m vrijdag tot en met dinsdag 1 december", rule("m"));
        assertEquals(9 * 60, block("m", MONDAY).orElseThrow().startMinute(), "Monday 30 November: the old series");
        assertEquals(11 * 60, block("m", TUESDAY).orElseThrow().endMinute(), "Tuesday 1 December as it was");
        WeekBlock wednesday = model.page().blocks().stream().filter(b -> b.day() == WEDNESDAY && b.startMinute() == 9 * 60)
                .findFirst().orElseThrow();
        assertEquals(12 * 60, wednesday.endMinute(), "Wednesday 2 December to 12:00");
        assertEquals(LocalDate.of(2026, 12, 2), user.weekly(wednesday.uid()).since(), "its Wednesdays from the day changed");
        assertEquals(LocalDate.of(2026, 12, 3), user.weekly("new-1").since(), "the other days from Thursday, not again on Monday");
        assertEquals(1, model.page().blocks().stream().filter(b -> b.day() == MONDAY).count(), "Monday once");
        assertEquals(document.current(), AnsweringUser.throughTheFile(folder, document.current()));
        model.page().navigation().next();
        assertTrue(block("new-1", MONDAY).isPresent(), "the weeks after: the new series every day");
        assertFalse(block("m", MONDAY).isPresent());
    }

    @Test
    void inTheWeekASeriesStartsThisAndFollowingIsEveryWeek() {
        user.answer = Optional.of(BlockEdits.Scope.FOLLOWING);
        Schedule before = document.current();
        model.page().navigation().jumpTo(LocalDate.of(2000, 1, 5)); // the week of Weekly.EPOCH, its first
        model.resize("f", WEDNESDAY, 13 * 60, 18 * 60);
        assertEquals(before.entries().size(), document.current().entries().size(), "no new series");
        assertEquals(18, user.weekly("f").times().end().getHour());
    }

    @Test
    void theEnglishRuleSaysBoth() {
        ScheduleViewModel english = user.page(Locale.UK);
        english.page().navigation().next();
        english.resize("f", WEDNESDAY, 13 * 60, 15 * 60);
        assertEquals(List.of("every Wednesday until Wednesday 25 November 2026", "every Wednesday, from Wednesday 2 December"),
                english.page().rows().stream().filter(r -> !r.uid().equals("m")).map(EntryRow::daysText).toList());
        assertEquals("Undo: resize (Ctrl+Z)", english.undoState().undoTextProperty().get());
    }
}
