package org.reachable.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.Occurrences;

/** "Only this week", a skipped week and its restoring, an end date: one edit each, undone whole. */
class OnceEditsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    private final Schedule schedule = new Schedule(AMSTERDAM, List.of(new FocusBlock("deep", "Schrijven",
            new Weekly(EnumSet.of(DayOfWeek.WEDNESDAY), TimeRange.of("13:00", "17:00"), LocalDate.of(2026, 1, 7)),
            Set.of())));

    private static List<LocalDateTime> startsOn(Schedule s, LocalDate date) {
        return new Occurrences(s).weeklyOn(date).stream()
                .map(o -> LocalDateTime.ofInstant(o.start(), AMSTERDAM)).toList();
    }

    @Test
    void onlyThisWeekMovesOneOccurrenceAndUndoBringsItBack() {
        ScheduleEdit edit = OnceEdits.moveOnce(schedule, "deep", WEDNESDAY, LocalDateTime.of(2026, 12, 10, 9, 0),
                LocalDateTime.of(2026, 12, 10, 12, 0));
        Schedule after = edit.applyTo(schedule);
        assertEquals(List.of(), startsOn(after, WEDNESDAY));
        assertEquals(List.of(LocalDateTime.of(2026, 12, 10, 9, 0)), startsOn(after, WEDNESDAY.plusDays(1)));
        assertEquals(List.of(LocalDateTime.of(2026, 12, 16, 13, 0)), startsOn(after, WEDNESDAY.plusWeeks(1)),
                "the week after keeps the pattern");
        assertEquals(schedule, edit.inverse().applyTo(after));
    }

    @Test
    void aSkippedWeekCanBeRestored() {
        Schedule skipped = OnceEdits.skip(schedule, "deep", WEDNESDAY).applyTo(schedule);
        assertTrue(startsOn(skipped, WEDNESDAY).isEmpty());
        Schedule restored = OnceEdits.restore(skipped, "deep", WEDNESDAY).applyTo(skipped);
        assertEquals(schedule, restored);
    }

    @Test
    void anEndDateStopsTheSeriesAndCannotLieBeforeItsStart() {
        Schedule ended = OnceEdits.endOn(schedule, "deep", WEDNESDAY).applyTo(schedule);
        assertFalse(startsOn(ended, WEDNESDAY).isEmpty(), "the end date is the last occurrence");
        assertTrue(startsOn(ended, WEDNESDAY.plusWeeks(1)).isEmpty());
        assertThrows(InvalidScheduleException.class, () -> OnceEdits.endOn(schedule, "deep", LocalDate.of(2025, 12, 31)));
        assertThrows(InvalidScheduleException.class, () -> OnceEdits.skip(schedule, "deep", WEDNESDAY.plusDays(1)),
                "a Thursday is not one of its days");
    }
}
