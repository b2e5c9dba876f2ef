package org.reachable.adapters.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reachable.domain.model.Weekly;

/**
 * The occurrences of a weekly entry that a clock change touches, spelled out. A window keeps its
 * wall-clock meaning on a DST night ("22:00-06:00" ends at 06:00, seven hours later), but a
 * calendar app repeats the first occurrence's length: Python's icalendar adds DURATION and
 * DTEND - DTSTART alike as exact time (so it ended such a night an hour late), and ical.js reads
 * a wall-clock time in the gap or the overlap against RFC 5545 §3.3.5. Each such occurrence is
 * written as an occurrence of its own (RECURRENCE-ID) with its start and end as UTC instants, which
 * every reader takes as they are; reading the file back, an occurrence at its usual instants is no
 * exception ({@link SeriesReader}).
 *
 * <p>Only the years from the entry's first date (2020 at the earliest: an entry made in the app
 * starts in 2000) for {@value #YEARS} years are spelled out, so the file depends on the schedule
 * alone and stays small: two nights a year for an entry that spans the clocks' change.
 */
final class ExactOccurrences {

    static final int YEARS = 20;
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    /** One occurrence: its RECURRENCE-ID (wall-clock in the entry's zone) and its instants. */
    record Exact(LocalDateTime recurrenceId, Instant start, Instant end) {
    }

    private ExactOccurrences() {
    }

    /** The occurrences of {@code weekly} (read in {@code zone}) that a clock change touches, in date order. */
    static List<Exact> of(Weekly weekly, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return List.of();
        }
        LocalDate from = weekly.since().isAfter(FIRST) ? weekly.since() : FIRST;
        LocalDate to = LocalDate.of(from.getYear() + YEARS, 1, 1);
        if (weekly.series().until() != null && weekly.series().until().isBefore(to)) {
            to = weekly.series().until().plusDays(1);
        }
        Map<LocalDate, Exact> found = new TreeMap<>();
        Instant t = from.minusDays(2).atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        for (ZoneOffsetTransition change = rules.nextTransition(t); change != null
                && change.getInstant().isBefore(end); change = rules.nextTransition(change.getInstant())) {
            LocalDate day = change.getDateTimeBefore().toLocalDate();
            for (LocalDate d = day.minusDays(1); !d.isAfter(day.plusDays(1)); d = d.plusDays(1)) {
                if (!d.isBefore(from) && d.isBefore(to) && !found.containsKey(d) && weekly.occursOn(d)) {
                    touched(weekly, zone, d).ifPresent(x -> found.put(x.recurrenceId().toLocalDate(), x));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static java.util.Optional<Exact> touched(Weekly weekly, ZoneId zone, LocalDate date) {
        ZoneRules rules = zone.getRules();
        LocalDateTime start = date.atTime(weekly.times().start());
        LocalDateTime end = (weekly.times().crossesMidnight() ? date.plusDays(1) : date).atTime(weekly.times().end());
        ZonedDateTime s = ZonedDateTime.of(start, zone);
        ZonedDateTime e = ZonedDateTime.of(end, zone);
        boolean touches = rules.getValidOffsets(start).size() != 1 || rules.getValidOffsets(end).size() != 1
                || !s.getOffset().equals(e.getOffset());
        if (!touches || !e.isAfter(s)) {
            return java.util.Optional.empty(); // wholly in a gap: the agenda has no such occurrence
        }
        return java.util.Optional.of(new Exact(start, s.toInstant(), e.toInstant()));
    }
}
