package org.reachable.adapters.ics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.reachable.adapters.ics.RawCalendar.RawComponent;
import org.reachable.adapters.ics.RawCalendar.RawProperty;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.Weekly;

/**
 * The exceptions calendar apps write to a repeating event, read into its {@link Series}: the end of
 * the series (UNTIL, COUNT), skipped dates (EXDATE, a cancelled occurrence), added dates (RDATE) and
 * occurrences moved to other times (a VEVENT with the same UID and a RECURRENCE-ID). Every date and
 * time is read in the zone it was written in and taken to the series' zone, as the event's own start
 * is: the home zone, or the zone a series from elsewhere keeps as its own.
 *
 * <p>What the schedule cannot hold is dropped on purpose, not refused: an occurrence changed only
 * in its description or channels keeps the series' (the schedule has one description per entry),
 * and an RDATE at another time than the series' takes the series' time on that date.
 */
final class SeriesReader {

    private final EventTimes times;
    /** The series' own zone; null for the home zone. */
    private final ZoneId own;

    SeriesReader(EventTimes times, ZoneId own) {
        this.times = times;
        this.own = own;
    }

    /**
     * @param start the master's DTSTART as written; {@code from}/{@code to} its first occurrence
     *        in the series' wall-clock time
     */
    Weekly read(Weekly weekly, RawComponent master, String ruleText, EventTimes.Timed start, LocalDateTime from,
            LocalDateTime to, List<RawComponent> overrides) {
        Series series = weekly.series();
        String until = EventRules.until(ruleText);
        if (until != null) {
            series = series.withUntil(untilDate(until, start, from));
        } else if (EventRules.count(ruleText) > 0) {
            series = series.withUntil(EventRules.lastOf(weekly, EventRules.count(ruleText)));
        }
        Set<LocalDate> skipped = new HashSet<>(dates(master, "EXDATE"));
        Set<LocalDate> added = new HashSet<>(dates(master, "RDATE"));
        Map<LocalDate, Dated> moved = new HashMap<>();
        Duration length = Duration.between(from, to);
        for (RawComponent override : overrides) {
            RawProperty id = override.first("RECURRENCE-ID");
            LocalDate original = date(id, id.value().trim(), "RECURRENCE-ID");
            if ("CANCELLED".equalsIgnoreCase(String.valueOf(override.text("STATUS")).trim())) {
                skipped.add(original);
                continue;
            }
            RawProperty dtStart = override.first("DTSTART");
            if (atUsualInstants(override, original, from, length)) {
                continue; // an occurrence a clock change touches, spelled out for other readers (ExactOccurrences)
            }
            LocalDateTime newFrom = dtStart == null ? original.atTime(from.toLocalTime()) : home(dtStart, "DTSTART");
            RawProperty dtEnd = override.first("DTEND");
            LocalDateTime newTo;
            if (dtEnd != null) {
                newTo = home(dtEnd, "DTEND");
            } else {
                Object end = EventTimes.endFromDuration(override.first("DURATION"),
                        times.moment(dtStart == null ? id : dtStart, "DTSTART"));
                newTo = end instanceof EventTimes.Timed t ? times.in(own, t) : newFrom.plus(length);
            }
            Dated at = new Dated(newFrom, newTo, own);
            Dated usual = new Dated(original.atTime(from.toLocalTime()), original.atTime(from.toLocalTime()).plus(length),
                    own);
            if (!at.equals(usual)) {
                moved.put(original, at);
            }
        }
        return weekly.withSeries(new Series(series.weeks(), series.until(), skipped, added, moved)).withZone(own);
    }

    /**
     * Whether an occurrence's DTSTART and DTEND are the instants the series gives it anyway, taken
     * in the zone the series was written in (its own, or the file's: after a home-zone change the
     * file still holds the old zone's instants until it is written again).
     */
    private boolean atUsualInstants(RawComponent override, LocalDate original, LocalDateTime from, Duration length) {
        RawProperty dtStart = override.first("DTSTART");
        RawProperty dtEnd = override.first("DTEND");
        if (dtStart == null || dtEnd == null) {
            return false;
        }
        Object start = times.moment(dtStart, "DTSTART");
        Object end = times.moment(dtEnd, "DTEND");
        if (!(start instanceof EventTimes.Timed s) || !(end instanceof EventTimes.Timed e)) {
            return false;
        }
        ZoneId zone = own != null ? own : times.written();
        LocalDateTime usual = original.atTime(from.toLocalTime());
        return ZonedDateTime.of(s.local(), s.zone()).toInstant()
                .equals(ZonedDateTime.of(usual, zone).toInstant())
                && ZonedDateTime.of(e.local(), e.zone()).toInstant()
                .equals(ZonedDateTime.of(usual.plus(length), zone).toInstant());
    }

    /**
     * The last date of the series. UNTIL is inclusive and, for a DTSTART with a zone, written in UTC:
     * the date it falls on at home, unless it lies before that day's occurrence starts.
     */
    private LocalDate untilDate(String until, EventTimes.Timed start, LocalDateTime from) {
        Matcher date = IcsValues.DATE.matcher(until);
        if (date.matches()) {
            return IcsValues.date(date);
        }
        Matcher m = IcsValues.DATE_TIME.matcher(until);
        if (!m.matches()) {
            throw new EventProblem("RRULE", org.reachable.domain.problem.ProblemKind.ICS_RULE_BAD_DATE, until, until);
        }
        LocalDateTime local = IcsValues.dateTime(m);
        LocalDateTime home = times.in(own, new EventTimes.Timed(local, IcsValues.isUtc(m) ? ZoneOffset.UTC : start.zone()));
        return home.toLocalTime().isBefore(from.toLocalTime()) ? home.toLocalDate().minusDays(1) : home.toLocalDate();
    }

    /** Every date an EXDATE or RDATE names (several lines, several values per line). */
    private Set<LocalDate> dates(RawComponent event, String name) {
        Set<LocalDate> found = new HashSet<>();
        for (RawProperty p : event.all(name)) {
            for (String value : p.value().split(",")) {
                String v = value.trim();
                int period = v.indexOf('/');
                if (!v.isEmpty()) {
                    found.add(date(p, period > 0 ? v.substring(0, period) : v, name));
                }
            }
        }
        return found;
    }

    private LocalDate date(RawProperty p, String value, String name) {
        Object moment = times.moment(new RawProperty(name, p.params(), value), name);
        return moment instanceof LocalDate d ? d : times.in(own, (EventTimes.Timed) moment).toLocalDate();
    }

    private LocalDateTime home(RawProperty p, String name) {
        Object moment = times.moment(p, name);
        if (moment instanceof EventTimes.Timed t) {
            return times.in(own, t);
        }
        throw new EventProblem(name, org.reachable.domain.problem.ProblemKind.ICS_END_WHOLE_DAY);
    }
}
