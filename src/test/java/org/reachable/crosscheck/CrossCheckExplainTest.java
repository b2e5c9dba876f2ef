package org.reachable.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * {@link CrossCheck#explain} calls a disagreement with ical.js "known" only when ical.js read the
 * file as modelled and Reachable's time is RFC 5545's reading: instants written out by hand for
 * Amsterdam's clock changes of 2026 (29 March 02:00 CET → 03:00 CEST; 25 October 03:00 CEST →
 * 02:00 CET). No Node.js needed.
 */
class CrossCheckExplainTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Sundays 02:30-04:00: on 29 March 2026 the start lies in the gap. */
    private static final ReachableWindow SUNDAY_NIGHT = new ReachableWindow("w", null,
            Weekly.of(Set.of(DayOfWeek.SUNDAY), TimeRange.of("02:30", "04:00")), Set.of("phone"));
    private static final LocalDateTime GAP_SLOT = LocalDateTime.of(2026, 3, 29, 2, 30);

    private static CrossCheck.Slotted at(LocalDateTime slot, String start, String end) {
        return new CrossCheck.Slotted("w", slot, Instant.parse(start), Instant.parse(end));
    }

    @Test
    void aStartInTheGapIsKnownWhenReachableReadsItAsTheRfcDoes() {
        // ical.js: 02:30 with the offset after the change (+02:00) = 00:30Z; RFC: 03:30 CEST = 01:30Z
        var icalJs = at(GAP_SLOT, "2026-03-29T00:30:00Z", "2026-03-29T02:00:00Z");
        var reachable = at(GAP_SLOT, "2026-03-29T01:30:00Z", "2026-03-29T02:00:00Z");
        assertEquals(EnumSet.of(CrossCheck.Kind.START_IN_GAP),
                CrossCheck.explain(AMSTERDAM, SUNDAY_NIGHT, GAP_SLOT, reachable, icalJs));
    }

    @Test
    void aStartInTheGapThatReachableGotWrongTooIsNotExplained() {
        var icalJs = at(GAP_SLOT, "2026-03-29T00:30:00Z", "2026-03-29T02:00:00Z");
        // an hour too late: 04:30 CEST, neither ical.js's reading nor the RFC's
        var wrong = at(GAP_SLOT, "2026-03-29T02:30:00Z", "2026-03-29T02:00:00Z");
        assertEquals(Set.of(), CrossCheck.explain(AMSTERDAM, SUNDAY_NIGHT, GAP_SLOT, wrong, icalJs));
    }

    @Test
    void anEndInTheOverlapIsKnownOnlyAtTheFirstOfTheTwoTimes() {
        // once, Saturday 24 October 22:00 CEST to Sunday 02:30, which the clock shows twice
        LocalDateTime slot = LocalDateTime.of(2026, 10, 24, 22, 0);
        ExtraWindow night = new ExtraWindow("w", null, new Dated(slot, LocalDateTime.of(2026, 10, 25, 2, 30)),
                Set.of("phone"));
        // ical.js: the second 02:30 (CET) = 01:30Z; RFC: the first (CEST) = 00:30Z
        var icalJs = at(slot, "2026-10-24T20:00:00Z", "2026-10-25T01:30:00Z");
        var reachable = at(slot, "2026-10-24T20:00:00Z", "2026-10-25T00:30:00Z");
        assertEquals(EnumSet.of(CrossCheck.Kind.END_IN_OVERLAP),
                CrossCheck.explain(AMSTERDAM, night, slot, reachable, icalJs));
        var secondToo = at(slot, "2026-10-24T20:00:00Z", "2026-10-25T02:30:00Z");
        assertEquals(Set.of(), CrossCheck.explain(AMSTERDAM, night, slot, secondToo, icalJs),
                "an end an hour after the second 02:30 is no RFC reading");
    }
}
