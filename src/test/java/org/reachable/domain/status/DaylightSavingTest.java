package org.reachable.domain.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.domain.status.Fixtures.AMSTERDAM;
import static org.reachable.domain.status.Fixtures.PHONE;
import static org.reachable.domain.status.Fixtures.at;
import static org.reachable.domain.status.Fixtures.channels;
import static org.reachable.domain.status.Fixtures.resolver;
import static org.reachable.domain.status.Fixtures.schedule;
import static org.reachable.domain.status.Fixtures.window;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Windows keep their wall-clock meaning on clock-change days. A time in a gap shifts forward, a
 * time that exists twice takes the earlier offset (java.time's rules, as DESIGN.md says).
 */
class DaylightSavingTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    private static final EnumSet<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private static Occurrence onlyOccurrenceStartingOn(StatusResolver resolver, String date, ZoneId zone) {
        List<Occurrence> list = resolver.agenda(at(date + "T00:00", zone), at(date + "T00:00", zone)
                .plus(Duration.ofDays(1)));
        assertEquals(1, list.size(), "occurrences on " + date + ": " + list);
        return list.get(0);
    }

    @Test
    void morningWindowKeepsItsWallClockTimeOnBothAmsterdamChangeDays() {
        StatusResolver r = resolver(schedule(AMSTERDAM, window("w", EVERY_DAY, "09:00", "11:00", "phone")),
                channels(PHONE));
        for (String day : new String[] {"2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25"}) {
            Occurrence o = onlyOccurrenceStartingOn(r, day, AMSTERDAM);
            assertEquals(at(day + "T09:00"), o.start());
            assertEquals(Duration.ofHours(2), Duration.between(o.start(), o.end()));
            assertEquals(State.AVAILABLE, r.status(at(day + "T10:59")).state());
            assertEquals(State.OFF, r.status(at(day + "T11:00")).state());
        }
    }

    @Test
    void windowStartingInTheSpringGapStartsWhenTheClockJumpsPastIt() {
        StatusResolver r = resolver(schedule(AMSTERDAM, window("w", EVERY_DAY, "02:30", "04:00", "phone")),
                channels(PHONE));
        Occurrence o = onlyOccurrenceStartingOn(r, "2026-03-29", AMSTERDAM);
        // 02:30 does not exist; java.time shifts it by the gap to 03:30 CEST
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), o.start());
        assertEquals(Instant.parse("2026-03-29T02:00:00Z"), o.end());
    }

    @Test
    void windowLyingWhollyInTheSpringGapDoesNotHappenThatDay() {
        StatusResolver r = resolver(schedule(AMSTERDAM, window("w", EVERY_DAY, "02:00", "03:00", "phone")),
                channels(PHONE));
        assertTrue(r.agenda(at("2026-03-29T00:00"), at("2026-03-30T00:00")).isEmpty());
        assertEquals(1, r.agenda(at("2026-03-30T00:00"), at("2026-03-31T00:00")).size());
    }

    @Test
    void windowInTheAutumnOverlapTakesTheEarlierOffset() {
        StatusResolver r = resolver(schedule(AMSTERDAM, window("w", EVERY_DAY, "02:00", "02:30", "phone")),
                channels(PHONE));
        Occurrence o = onlyOccurrenceStartingOn(r, "2026-10-25", AMSTERDAM);
        assertEquals(Instant.parse("2026-10-25T00:00:00Z"), o.start()); // 02:00 CEST
        assertEquals(State.OFF, r.status(Instant.parse("2026-10-25T01:15:00Z")).state()); // 02:15 CET
    }

    @Test
    void nightShiftCrossingMidnightOnTheSpringChangeDayEndsAtTheShiftedTime() {
        StatusResolver r = resolver(schedule(AMSTERDAM, window("night", EVERY_DAY, "22:00", "02:00", "phone")),
                channels(PHONE));
        Occurrence o = onlyOccurrenceStartingOn(r, "2026-03-28", AMSTERDAM);
        assertEquals(at("2026-03-28T22:00"), o.start());
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), o.end()); // 02:00 -> 03:00 CEST
        Status status = r.status(at("2026-03-28T23:00"));
        assertEquals(State.AVAILABLE, status.state());
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), status.until());
    }

    @Test
    void nightShiftCrossingMidnightOnTheAutumnChangeDayLastsFiveHours() {
        StatusResolver r = resolver(schedule(AMSTERDAM, window("night", EVERY_DAY, "22:00", "03:30", "phone")),
                channels(PHONE));
        Occurrence o = onlyOccurrenceStartingOn(r, "2026-10-24", AMSTERDAM);
        // 22:00 CEST to 03:30 CET: the hour 02:00-03:00 happens twice
        assertEquals(Duration.ofMinutes(390), Duration.between(o.start(), o.end()));
        assertEquals(State.AVAILABLE, r.status(Instant.parse("2026-10-25T01:30:00Z")).state());
    }

    @Test
    void newYorkWindowsKeepWallClockTimesOnBothChangeDays() {
        StatusResolver r = resolver(schedule(NEW_YORK, window("w", EVERY_DAY, "01:30", "03:30", "phone")),
                channels(PHONE));
        Occurrence spring = onlyOccurrenceStartingOn(r, "2026-03-08", NEW_YORK);
        assertEquals(Duration.ofHours(1), Duration.between(spring.start(), spring.end()));
        Occurrence autumn = onlyOccurrenceStartingOn(r, "2026-11-01", NEW_YORK);
        assertEquals(Instant.parse("2026-11-01T05:30:00Z"), autumn.start()); // 01:30 EDT, the earlier one
        assertEquals(Duration.ofHours(3), Duration.between(autumn.start(), autumn.end()));
    }

    @Test
    void lordHoweHalfHourGapShiftsAWindowByThirtyMinutes() {
        StatusResolver r = resolver(schedule(LORD_HOWE, window("w", EVERY_DAY, "02:00", "02:15", "phone")),
                channels(PHONE));
        Occurrence o = onlyOccurrenceStartingOn(r, "2026-10-04", LORD_HOWE);
        // clocks go 02:00 -> 02:30 (+10:30 -> +11:00): the window becomes 02:30-02:45
        assertEquals(Instant.parse("2026-10-03T15:30:00Z"), o.start());
        assertEquals(Duration.ofMinutes(15), Duration.between(o.start(), o.end()));
    }

    @Test
    void lordHoweHalfHourOverlapKeepsTheEarlierOffset() {
        StatusResolver r = resolver(schedule(LORD_HOWE, window("w", EVERY_DAY, "01:00", "02:00", "phone")),
                channels(PHONE));
        Occurrence o = onlyOccurrenceStartingOn(r, "2026-04-05", LORD_HOWE);
        // 01:30-02:00 happens twice; the end is at 02:00 +10:30, ninety real minutes after 01:00 +11:00
        assertEquals(Duration.ofMinutes(90), Duration.between(o.start(), o.end()));
        assertEquals(State.AVAILABLE, r.status(o.end().minusSeconds(1)).state());
        assertEquals(State.OFF, r.status(o.end()).state());
    }
}
