package org.reachable.domain.edit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

class WeekEditsTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Set<DayOfWeek> WORKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private final AtomicInteger counter = new AtomicInteger();
    private final WeekEdits edits = new WeekEdits(() -> "new-" + counter.incrementAndGet());

    static ReachableWindow mornings() {
        return new ReachableWindow("m", "Bereikbaar", Weekly.of(WORKDAYS, TimeRange.of("09:00", "11:00")),
                Set.of("phone", "email"));
    }

    static Schedule week() {
        return new Schedule(AMSTERDAM, List.of(mornings(), new FocusBlock("f", "Focus",
                Weekly.of(EnumSet.of(WEDNESDAY), TimeRange.of("13:00", "17:00")), Set.of())));
    }

    @Test
    void createMakesOneEntryForAllChosenDaysWithTheToolbarsChannels() {
        Schedule after = edits.create(EntryKind.WINDOW, EnumSet.of(TUESDAY), TimeRange.of("10:00", "12:00"),
                Set.of("phone"), "Bereikbaar").applyTo(week());
        ScheduleEntry created = after.entries().get(2);
        assertEquals("new-1", created.uid());
        assertEquals(Set.of(TUESDAY), WeekEdits.weekly(created).days());
        assertEquals(TimeRange.of("10:00", "12:00"), WeekEdits.weekly(created).times());
        assertEquals(Set.of("phone"), created.channels());
    }

    @Test
    void aWindowWithoutChannelsIsRefusedAsTheModelSays() {
        assertThrows(InvalidScheduleException.class, () -> edits.create(EntryKind.WINDOW, EnumSet.of(TUESDAY),
                TimeRange.of("10:00", "12:00"), Set.of(), "x"));
    }

    @Test
    void movingOneDaySameTimesMovesThatDayWithinTheEntry() {
        Schedule after = edits.move(week(), "m", MONDAY, DayOfWeek.SATURDAY, TimeRange.of("09:00", "11:00"))
                .applyTo(week());
        assertEquals(2, after.entries().size(), "no split: the entry keeps its UID");
        assertEquals(EnumSet.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, DayOfWeek.SATURDAY),
                WeekEdits.weekly(after.entries().get(0)).days());
    }

    @Test
    void movingOneDayToOtherTimesSplitsThatDayOff() {
        ScheduleEdit edit = edits.move(week(), "m", TUESDAY, WEDNESDAY, TimeRange.of("10:00", "12:00"));
        Schedule after = edit.applyTo(week());
        assertEquals(3, after.entries().size());
        assertEquals(EnumSet.of(MONDAY, WEDNESDAY, THURSDAY, FRIDAY), WeekEdits.weekly(after.entries().get(0)).days());
        ScheduleEntry split = after.entries().get(2);
        assertEquals(Set.of(WEDNESDAY), WeekEdits.weekly(split).days());
        assertEquals(TimeRange.of("10:00", "12:00"), WeekEdits.weekly(split).times());
        assertEquals(Set.of("phone", "email"), split.channels(), "the split keeps the channels");
        assertEquals(week(), edit.inverse().applyTo(after), "undo brings back exactly the old week");
    }

    @Test
    void resizingTheOnlyDayKeepsTheUidAndCanCrossMidnight() {
        Schedule after = edits.resize(week(), "f", WEDNESDAY, TimeRange.of("22:00", "02:00")).applyTo(week());
        FocusBlock focus = (FocusBlock) after.entries().get(1);
        assertEquals("f", focus.uid());
        assertEquals(TimeRange.of("22:00", "02:00"), ((Weekly) focus.when()).times());
    }

    @Test
    void duplicateAddsDaysAndDeleteDayTakesOneAway() {
        Schedule dup = edits.duplicate(week(), "f", EnumSet.of(FRIDAY)).applyTo(week());
        assertEquals(EnumSet.of(WEDNESDAY, FRIDAY), WeekEdits.weekly(dup.entries().get(1)).days());
        Schedule less = edits.deleteDay(dup, "f", WEDNESDAY).applyTo(dup);
        assertEquals(EnumSet.of(FRIDAY), WeekEdits.weekly(less.entries().get(1)).days());
        Schedule none = edits.deleteDay(less, "f", FRIDAY).applyTo(less);
        assertEquals(List.of("m"), none.entries().stream().map(ScheduleEntry::uid).toList());
    }

    @Test
    void aDayTheEntryIsNotOnIsAClearError() {
        InvalidScheduleException e = assertThrows(InvalidScheduleException.class,
                () -> edits.deleteDay(week(), "f", MONDAY));
        assertEquals("The entry f is not on Monday", e.getMessage());
        assertThrows(InvalidScheduleException.class, () -> edits.delete(week(), "gone"));
    }

    @Test
    void aDayDraggedAwayAndBackJoinsItsEntryAgain() {
        Schedule split = edits.move(week(), "m", TUESDAY, TUESDAY, TimeRange.of("10:00", "12:00")).applyTo(week());
        assertEquals(3, split.entries().size());
        // Thursday dragged to the same new times joins Tuesday's split rather than making a third entry
        Schedule joined = edits.move(split, "m", THURSDAY, THURSDAY, TimeRange.of("10:00", "12:00")).applyTo(split);
        assertEquals(3, joined.entries().size());
        assertEquals(EnumSet.of(TUESDAY, THURSDAY), WeekEdits.weekly(WeekEdits.find(joined, "new-1")).days());
        // and Tuesday dragged back to 9:00 joins the Monday-to-Friday entry it came from
        Schedule back = edits.move(joined, "new-1", TUESDAY, TUESDAY, TimeRange.of("09:00", "11:00")).applyTo(joined);
        assertEquals(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, FRIDAY), WeekEdits.weekly(WeekEdits.find(back, "m")).days());
        assertEquals(EnumSet.of(THURSDAY), WeekEdits.weekly(WeekEdits.find(back, "new-1")).days());
    }

    @Test
    void movingADayOntoADayTheEntryAlreadyHasChangesNothing() {
        ScheduleEdit edit = edits.move(week(), "m", MONDAY, TUESDAY, TimeRange.of("09:00", "11:00"));
        assertEquals(week(), edit.applyTo(week()), "Monday must not disappear");
        assertTrue(edit.isEmpty());
    }

    @Test
    void aSplitOffDayDraggedBackRejoinsItsEntry() {
        Schedule split = edits.move(week(), "m", TUESDAY, TUESDAY, TimeRange.of("10:00", "12:00")).applyTo(week());
        Schedule back = edits.move(split, "new-1", TUESDAY, TUESDAY, TimeRange.of("09:00", "11:00")).applyTo(split);
        assertEquals(List.of("m", "f"), back.entries().stream().map(ScheduleEntry::uid).toList());
        assertEquals(WORKDAYS, WeekEdits.weekly(WeekEdits.find(back, "m")).days());
    }
}
