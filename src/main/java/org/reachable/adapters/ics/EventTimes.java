package org.reachable.adapters.ics;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.TemporalAmountAdapter;
import org.reachable.adapters.ics.RawCalendar.RawComponent;
import org.reachable.adapters.ics.RawCalendar.RawProperty;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * The start and end of events in one file, as wall-clock times in the home zone. Values are read
 * with java.time from the text as written: ical4j would read a {@code DTSTART;TZID=} through its own
 * zones (a time in a DST gap comes back an hour later), and it misreads the VTIMEZONEs of some
 * zones. A time written in the home zone, or floating, keeps its wall-clock value exactly; a time
 * in another zone or in UTC is converted through its instant.
 *
 * <p>The home zone is kept in one place, the profile; the file's zone (X-WR-TIMEZONE, and the TZID
 * Reachable writes on its own events) is a copy for calendar apps. So a time written in the file's
 * zone is Reachable's own wall-clock time too: after the home zone changed (settings.json edited,
 * {@code reachable profile --zone}) "9:00-11:00" stays 9:00-11:00, now in the new zone, before the
 * file is written again. A time in any other zone came from elsewhere and keeps its instant.
 */
final class EventTimes {

    private final ZoneId home;
    private final RawComponent calendar;
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<ZoneId, Boolean> sameAsHome = new HashMap<>();

    /** The zone the file says it was written in (X-WR-TIMEZONE), if it is a zone; else the home zone. */
    private final ZoneId written;

    EventTimes(ZoneId home, RawComponent calendar) {
        this.home = home;
        this.calendar = calendar;
        String fileZone = calendar.text("X-WR-TIMEZONE");
        ZoneId zone = fileZone == null ? null : IcsValues.javaZone(fileZone.trim());
        this.written = zone == null ? home : zone;
    }

    /** The zone the file's own times were written in: its X-WR-TIMEZONE, else the home zone. */
    ZoneId written() {
        return written;
    }

    /** A date-time as written, in the zone it was written in (the home zone when floating). */
    record Timed(LocalDateTime local, ZoneId zone) {
    }

    /** The value of DTSTART or DTEND: a {@link LocalDate} (VALUE=DATE) or a {@link Timed}. */
    Object moment(RawProperty property, String name) {
        String value = property.value().trim();
        String valueType = property.param("VALUE");
        boolean isDate = (valueType != null && valueType.trim().equalsIgnoreCase("DATE"))
                || IcsValues.DATE.matcher(value).matches();
        Problem problem = IcsValues.problem(name, value, isDate);
        if (problem != null) {
            throw new EventProblem(name, problem);
        }
        if (isDate) {
            Matcher m = IcsValues.DATE.matcher(value);
            m.matches();
            return IcsValues.date(m);
        }
        Matcher m = IcsValues.DATE_TIME.matcher(value);
        m.matches();
        LocalDateTime local = IcsValues.dateTime(m);
        if (IcsValues.isUtc(m)) {
            return new Timed(local, ZoneOffset.UTC);
        }
        String tzid = property.param("TZID");
        return new Timed(local, tzid == null ? home : zone(tzid, name));
    }

    /**
     * The zone a TZID names: a zone java.time knows, else the file's own VTIMEZONE read by ical4j
     * (Outlook writes "W. Europe Standard Time"). An unknown TZID with no VTIMEZONE is an error,
     * never a silent fallback to some other zone.
     */
    private ZoneId zone(String tzid, String name) {
        ZoneId known = zones.get(tzid);
        if (known != null) {
            return known;
        }
        ZoneId zone = IcsValues.javaZone(tzid);
        if (zone == null) {
            zone = fileZone(tzid, name);
        }
        zones.put(tzid, zone);
        return zone;
    }

    private ZoneId fileZone(String tzid, String name) {
        for (RawComponent c : calendar.components()) {
            if (c.name().equals("VTIMEZONE") && tzid.equals(c.text("TZID"))) {
                StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Reachable//EN\r\n");
                c.forEachLine(line -> sb.append(line).append("\r\n"));
                sb.append("END:VCALENDAR\r\n");
                try {
                    CalendarBuilder builder = new CalendarBuilder();
                    builder.build(new StringReader(sb.toString()));
                    return builder.getRegistry().getZoneId(tzid);
                } catch (ParserException | IOException | RuntimeException e) {
                    throw new EventProblem(name, ProblemKind.ICS_VTIMEZONE_UNUSABLE, tzid, e.getMessage(), home.getId());
                }
            }
        }
        throw new EventProblem(name, ProblemKind.ICS_UNKNOWN_ZONE, name, tzid, home.getId());
    }

    /**
     * The wall-clock time in the home zone. Written in the home zone, in the file's own zone (the
     * home zone when the file was written) or floating: as written.
     */
    LocalDateTime toHome(Timed t) {
        // a UTC time ("Z") names an instant, never a wall-clock time of ours
        boolean same = sameAsHome.computeIfAbsent(t.zone(), z -> sameZone(z, home)
                || !(z instanceof ZoneOffset) && sameZone(z, written));
        return same ? t.local() : ZonedDateTime.of(t.local(), t.zone()).withZoneSameInstant(home).toLocalDateTime();
    }

    /**
     * The wall-clock time in {@code target}, the zone of a series that keeps its own (null: the
     * home zone, as {@link #toHome}). Written in that zone: as written; else through its instant.
     */
    LocalDateTime in(ZoneId target, Timed t) {
        if (target == null) {
            return toHome(t);
        }
        return sameZone(t.zone(), target) ? t.local()
                : ZonedDateTime.of(t.local(), t.zone()).withZoneSameInstant(target).toLocalDateTime();
    }

    /**
     * The zone an entry keeps as its own (DESIGN.md, Time: an entry from elsewhere keeps its zone
     * and instants): a time written in a region zone that is not the home zone. None for the home
     * zone, the file's own zone, floating times, UTC and fixed offsets (they name an instant, not a
     * place), or a zone only the file's VTIMEZONE defines (it has no id another program can read).
     */
    Optional<ZoneId> ownZone(Timed t) {
        ZoneId z = t.zone();
        if (z instanceof ZoneOffset || !ZoneId.getAvailableZoneIds().contains(z.getId())) {
            return Optional.empty();
        }
        boolean same = sameAsHome.computeIfAbsent(z, x -> sameZone(x, home) || sameZone(x, written));
        return same || sameFrom2020(z, home) ? Optional.empty() : Optional.of(z);
    }

    /**
     * Two zones whose clocks agree from 2020 to 2040 (Europe/Berlin for an Amsterdam user, which is
     * what Outlook's "W. Europe Standard Time" maps to): an entry in one is an entry in the other,
     * and keeping it apart would only add a VTIMEZONE.
     */
    private static boolean sameFrom2020(ZoneId a, ZoneId b) {
        Instant t = Instant.parse("2020-01-01T00:00:00Z");
        Instant end = Instant.parse("2040-01-01T00:00:00Z");
        while (t.isBefore(end)) {
            var ta = a.getRules().nextTransition(t);
            var tb = b.getRules().nextTransition(t);
            if (ta == null || tb == null) {
                return ta == tb && a.getRules().getOffset(t).equals(b.getRules().getOffset(t));
            }
            if (!ta.getInstant().equals(tb.getInstant()) || !ta.getOffsetAfter().equals(tb.getOffsetAfter())) {
                return false;
            }
            t = ta.getInstant();
        }
        return true;
    }

    private static boolean sameZone(ZoneId a, ZoneId b) {
        return a.equals(b) || a.normalized().equals(b.normalized()) || a.getRules().equals(b.getRules());
    }

    static Object endFromDuration(RawProperty duration, Object start) {
        if (duration == null) {
            return null;
        }
        TemporalAmount amount;
        try {
            amount = TemporalAmountAdapter.parse(duration.value().trim()).getDuration();
        } catch (RuntimeException e) {
            throw new EventProblem("DURATION", ProblemKind.ICS_BAD_DURATION, duration.value().trim());
        }
        try {
            if (start instanceof LocalDate date) {
                Period period = amount instanceof Period p ? p
                        : Period.ofDays((int) ((Duration) amount).toDays());
                return date.plus(period);
            }
            // added on the wall clock: a window "09:00 for two hours" ends at 11:00 on every day,
            // also when its first day is a clock-change day (Reachable's times are wall-clock times)
            Timed timed = (Timed) start;
            return new Timed(timed.local().plus(amount), timed.zone());
        } catch (DateTimeException | ArithmeticException e) {
            throw new EventProblem("DURATION", ProblemKind.ICS_DURATION_UNUSABLE, duration.value().trim(),
                    e.getMessage());
        }
    }
}
