package org.reachable.ui.schedule;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * An extra date of a series (RDATE, as a calendar app adds one: focus on Saturday 28 November too)
 * moved or deleted "only this week": no question (an extra date has no "every week"), the block
 * where it now lies, restore, one undo, and the file. Clock: Thursday 26 November 2026, Amsterdam.
 */
class ExtraDateOnceTest {

    static final LocalDate SAT = LocalDate.of(2026, 11, 28);

    private final AnsweringUser user = new AnsweringUser();
    private final ScheduleViewModel model = user.page(ScheduleViewModelTest.DUTCH);

    @TempDir
    Path folder;

    ExtraDateOnceTest() {
        Weekly focus = new Weekly(EnumSet.of(WEDNESDAY), TimeRange.of("13:00", "17:00"), null,
                new Series(1, null, Set.of(), Set.of(SAT), Map.of()));
        user.document.apply(ScheduleEdit.replace(ScheduleEdit.Action.CHANGE, WeekEdits.find(user.document.current(), "f"),
                WeekEdits.with(WeekEdits.find(user.document.current(), "f"), "f", focus)));
        user.answer = Optional.empty(); // a question would be cancelled: none must come
    }

    private List<WeekBlock> blocks(DayOfWeek day) {
        return model.page().blocks().stream().filter(b -> b.uid().equals("f") && b.day() == day).toList();
    }

    @Test
    void anExtraDateMovedOnlyThisWeekLiesWhereItWasPutAndComesBack() throws Exception {
        assertEquals(1, blocks(SATURDAY).size(), "the extra Saturday");
        model.move("f", SATURDAY, SUNDAY, 10 * 60);

        assertEquals(List.of(), user.asked, "an extra date is this date's alone: nothing to ask");
        assertEquals(Map.of(SAT, new Dated(SAT.plusDays(1).atTime(10, 0), SAT.plusDays(1).atTime(14, 0))),
                user.weekly("f").series().moved());
        assertEquals(List.of(), blocks(SATURDAY));
        WeekBlock sunday = blocks(SUNDAY).get(0);
        assertEquals(WeekBlock.Once.MOVED, sunday.once());
        assertEquals(10 * 60, sunday.startMinute());
        assertEquals("elke woensdag; 1 keer verplaatst en 1 extra datum", model.page().rows().get(1).daysText());
        assertEquals(user.document.current(), AnsweringUser.throughTheFile(folder, user.document.current()),
                "RDATE with a RECURRENCE-ID of its own reads back the same");

        model.resize("f", SUNDAY, 10 * 60, 12 * 60);
        assertEquals(12 * 60, blocks(SUNDAY).get(0).endMinute());
        model.restore(new BlockKey("f", SUNDAY));
        assertEquals(13 * 60, blocks(SATURDAY).get(0).startMinute(), "back at its usual times on its own date");
        assertTrue(user.weekly("f").series().moved().isEmpty());
        assertEquals("Ongedaan maken: deze week terugzetten (Ctrl+Z)", model.undoState().undoTextProperty().get());
    }

    @Test
    void anExtraDateDeletedOnlyThisWeekIsGoneWithoutAnExdateAndUndoBringsItBack() throws Exception {
        model.deleteDay("f", SATURDAY);
        assertEquals(List.of(), user.asked);
        assertEquals(Set.of(), user.weekly("f").series().added());
        assertEquals(Set.of(), user.weekly("f").series().skipped(), "no EXDATE for a date the rule never had");
        assertEquals(List.of(), blocks(SATURDAY), "no placeholder either: there is no usual week to restore");
        assertFalse(blocks(WEDNESDAY).isEmpty(), "the Wednesdays stay");
        model.undo();
        assertEquals(Set.of(SAT), user.weekly("f").series().added());
        assertEquals(1, blocks(SATURDAY).size());
    }
}
