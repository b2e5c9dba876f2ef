package org.reachable.ui.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Dated;

/**
 * Monday's calls moved "only this week" to Tuesday afternoon, where the same entry also has its
 * usual Tuesday morning: two blocks on one day, each dragged, resized, deleted and restored on its
 * own. Clock: Thursday 26 November 2026, Amsterdam; the week shown is 23–29 November.
 */
class MovedBesideUsualTest {

    static final LocalDate MON = LocalDate.of(2026, 11, 23);
    static final LocalDate TUE = MON.plusDays(1);

    private final AnsweringUser user = new AnsweringUser();
    private final ScheduleViewModel model = user.page(ScheduleViewModelTest.DUTCH);

    private List<WeekBlock> tuesday() {
        return model.page().blocks().stream().filter(b -> b.uid().equals("m") && b.day() == TUESDAY).toList();
    }

    private WeekBlock moved() {
        return tuesday().stream().filter(b -> b.once() == WeekBlock.Once.MOVED).findFirst().orElseThrow();
    }

    private WeekBlock usual() {
        return tuesday().stream().filter(b -> b.once() == WeekBlock.Once.USUAL).findFirst().orElseThrow();
    }

    @Test
    void aMovedOccurrenceOnAUsualDayIsABlockOfItsOwn() {
        model.move("m", MONDAY, TUESDAY, 14 * 60);
        assertEquals(2, tuesday().size());
        assertNotEquals(usual().key(), moved().key(), "two blocks, two keys");
        assertEquals(new BlockKey("m", TUESDAY, MON), moved().key());

        model.resize(moved().key(), 14 * 60, 17 * 60);
        assertEquals(Map.of(MON, new Dated(TUE.atTime(14, 0), TUE.atTime(17, 0))), user.weekly("m").series().moved(),
                "the moved one got longer");
        assertEquals(11 * 60, usual().endMinute(), "the usual Tuesday did not");

        model.move(usual().key(), TUESDAY, 10 * 60);
        assertEquals(2, user.asked.size(), "the usual one asks for itself");
        assertEquals(Map.of(MON, new Dated(TUE.atTime(14, 0), TUE.atTime(17, 0)),
                TUE, new Dated(TUE.atTime(10, 0), TUE.atTime(12, 0))), user.weekly("m").series().moved());
        assertEquals(14 * 60, tuesday().stream().filter(b -> MON.equals(b.movedFrom())).findFirst().orElseThrow()
                .startMinute(), "the Monday one stays where it was put");
    }

    @Test
    void selectingDeletingAndRestoringTheMovedOneLeavesTheUsualOneAlone() {
        model.move("m", MONDAY, TUESDAY, 14 * 60);
        model.page().selectedProperty().set(moved().key());
        model.deleteDay(moved().key());
        assertEquals(Set.of(MON), user.weekly("m").series().skipped(), "Monday 23 November skipped");
        assertEquals(List.of(WeekBlock.Once.USUAL), tuesday().stream().map(WeekBlock::once).toList(),
                "the usual Tuesday stays");
        assertTrue(model.page().blocks().stream().anyMatch(b -> b.day() == MONDAY && b.isSkipped()));
        model.undo();

        model.restore(moved().key());
        assertEquals(Map.of(), user.weekly("m").series().moved());
        assertEquals(1, tuesday().size());
        assertEquals(9 * 60, model.page().blocks().stream().filter(b -> b.uid().equals("m") && b.day() == MONDAY)
                .findFirst().orElseThrow().startMinute(), "back on Monday");
    }
}
