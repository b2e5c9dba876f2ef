package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of a clock range, written out by hand: midnight as an end, a range into the next day,
 * the limits of the constructor, and the order ranges are listed in. Mutation testing
 * (docs/mutation.md) found each of these edges unpinned.
 */
class ClockRangeTest {

    @Test
    void untilMidnightEndsAtMidnightWithoutCrossingIt() {
        ClockRange evening = ClockRange.of("18:00", "00:00");
        assertEquals(new ClockRange(18 * 60, 1440), evening);
        assertTrue(evening.endsAtMidnight());
        assertFalse(evening.crossesMidnight());
        assertEquals("18:00–24:00", evening.toString());
        assertEquals(LocalTime.MIDNIGHT, evening.end());
    }

    @Test
    void aNightShiftCrossesMidnightAndDoesNotEndAtIt() {
        ClockRange night = ClockRange.of("22:00", "02:00");
        assertEquals(new ClockRange(22 * 60, 26 * 60), night);
        assertTrue(night.crossesMidnight());
        assertFalse(night.endsAtMidnight());
        assertEquals("22:00–02:00", night.toString());
        assertEquals(240, night.lengthMinutes());
    }

    @Test
    void aDaytimeRangeDoesNeither() {
        ClockRange morning = ClockRange.of("09:00", "11:00");
        assertFalse(morning.endsAtMidnight());
        assertFalse(morning.crossesMidnight());
        assertFalse(morning.isWholeDay());
        assertEquals("09:00–11:00", morning.toString());
    }

    @Test
    void anEndEqualToTheStartIsTheWholeDayAfter() {
        ClockRange day = ClockRange.of("00:00", "00:00");
        assertTrue(day.isWholeDay());
        assertEquals(ClockRange.wholeDay(), day);
        assertEquals(new ClockRange(9 * 60, 9 * 60 + 1440), ClockRange.of("09:00", "09:00"));
    }

    @Test
    void theConstructorTakesExactlyItsLimits() {
        new ClockRange(0, 1);
        new ClockRange(1439, 1440);
        new ClockRange(1439, 1439 + 1440);
        assertThrows(IllegalArgumentException.class, () -> new ClockRange(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new ClockRange(1440, 1500));
        assertThrows(IllegalArgumentException.class, () -> new ClockRange(600, 600));
        assertThrows(IllegalArgumentException.class, () -> new ClockRange(600, 599));
        assertThrows(IllegalArgumentException.class, () -> new ClockRange(0, 1441));
    }

    @Test
    void rangesSortByStartThenByEnd() {
        List<ClockRange> ranges = new ArrayList<>(List.of(ClockRange.of("13:00", "17:00"),
                ClockRange.of("09:00", "12:00"), ClockRange.of("09:00", "11:00"), ClockRange.of("13:00", "14:00")));
        ranges.sort(null);
        assertEquals(List.of(ClockRange.of("09:00", "11:00"), ClockRange.of("09:00", "12:00"),
                ClockRange.of("13:00", "14:00"), ClockRange.of("13:00", "17:00")), ranges);
        assertEquals(0, ClockRange.of("09:00", "11:00").compareTo(ClockRange.of("09:00", "11:00")));
        assertTrue(ClockRange.of("09:00", "11:00").compareTo(ClockRange.of("09:00", "12:00")) < 0);
        assertTrue(ClockRange.of("10:00", "11:00").compareTo(ClockRange.of("09:00", "12:00")) > 0);
    }
}
