package org.reachable.adapters.ics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Recurrence;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;

/**
 * Writes the text itself rather than through ical4j's CalendarOutputter: the outputter folds at 75
 * characters, not 75 octets (a line of accented text comes out over 100 octets), and it is several
 * times slower. ical4j still supplies the VTIMEZONE (see {@link VTimeZones}); the tests parse the
 * output back with ical4j.
 */
final class IcsWriter {

    static final String PRODID = "-//Reachable//Reachable 0.1//EN";

    private final StringBuilder out;
    private final ZoneId zone;
    private final String tzParam;
    private final String stamp;
    private final StringBuilder line = new StringBuilder(128);
    private Map<String, IcsRevisions.Revision> revisions = Map.of();

    private IcsWriter(StringBuilder out, ZoneId zone, Instant dtstamp) {
        this.out = out;
        this.zone = zone;
        String tzid = zone.getId();
        this.tzParam = ";TZID=" + IcsText.paramValue(tzid);
        this.stamp = utc(dtstamp);
    }

    private static String utc(Instant instant) {
        return IcsText.dateTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + 'Z';
    }

    static String write(Schedule schedule, Instant dtstamp) {
        return write(schedule, dtstamp, Map.of());
    }

    /** As {@link #write(Schedule, Instant)}; an entry in {@code revisions} is stamped with its own. */
    static String write(Schedule schedule, Instant dtstamp, Map<String, IcsRevisions.Revision> revisions) {
        IcsWriter w = new IcsWriter(schedule, dtstamp);
        w.revisions = revisions;
        for (ScheduleEntry entry : schedule.entries()) {
            w.component("VEVENT", entry);
        }
        return w.finish();
    }

    /**
     * RFC 7953: the windows and extra windows as AVAILABLE periods of one VAVAILABILITY (busy
     * outside them), and focus blocks and days off as busy VEVENTs beside it, which a CalDAV server
     * lays over the availability when it computes free-busy time.
     */
    static String writeAvailability(Schedule schedule, Instant dtstamp) {
        IcsWriter w = new IcsWriter(schedule, dtstamp);
        w.raw("BEGIN:VAVAILABILITY");
        w.text("UID", "reachable-availability");
        w.raw("DTSTAMP:" + w.stamp);
        w.text("SUMMARY", "Reachable");
        w.raw("BUSYTYPE:BUSY-UNAVAILABLE");
        for (ScheduleEntry entry : schedule.entries()) {
            if (isFree(entry.kind())) {
                w.component("AVAILABLE", entry);
            }
        }
        w.raw("END:VAVAILABILITY");
        for (ScheduleEntry entry : schedule.entries()) {
            if (!isFree(entry.kind())) {
                w.component("VEVENT", entry);
            }
        }
        return w.finish();
    }

    private IcsWriter(Schedule schedule, Instant dtstamp) {
        this(new StringBuilder(4096 + schedule.entries().size() * 420), schedule.zone(), dtstamp);
        raw("BEGIN:VCALENDAR");
        raw("PRODID:" + PRODID);
        raw("VERSION:2.0");
        raw("CALSCALE:GREGORIAN");
        text("X-WR-CALNAME", "Reachable");
        text("X-WR-TIMEZONE", schedule.zone().getId());
        for (String tzLine : VTimeZones.linesFor(schedule.zone(), zoneRulesFrom(schedule))) {
            raw(tzLine);
        }
        // an imported entry that kept a zone of its own names it: its VTIMEZONE goes in too
        for (ZoneId own : ownZones(schedule)) {
            for (String tzLine : VTimeZones.linesFor(own, zoneRulesFrom(schedule))) {
                raw(tzLine);
            }
        }
    }

    /** The zones entries keep of their own (other than the home zone), in a stable order. */
    static SortedSet<ZoneId> ownZones(Schedule schedule) {
        SortedSet<ZoneId> zones = new TreeSet<>(Comparator.comparing(ZoneId::getId));
        for (ScheduleEntry entry : schedule.entries()) {
            Recurrence when = entry instanceof FocusBlock f ? f.when() : entry instanceof ExtraWindow x ? x.when()
                    : entry instanceof ReachableWindow w ? w.when() : null;
            if (when instanceof Dated d) {
                add(zones, d.zone(), schedule.zone());
            } else if (when instanceof Weekly w) {
                add(zones, w.zone(), schedule.zone());
                w.series().moved().values().forEach(d -> add(zones, d.zone(), schedule.zone()));
            }
        }
        return zones;
    }

    private static void add(SortedSet<ZoneId> zones, ZoneId own, ZoneId home) {
        if (own != null && !own.equals(home)) {
            zones.add(own);
        }
    }

    /**
     * From when the file's VTIMEZONE must hold: the first of January a year before the earliest
     * date an entry names (a weekly entry's first week, a day off, a dated block), so that the
     * output still depends on the schedule alone.
     */
    static LocalDate zoneRulesFrom(Schedule schedule) {
        LocalDate earliest = null;
        for (ScheduleEntry entry : schedule.entries()) {
            LocalDate date = firstDate(entry);
            if (date != null && (earliest == null || date.isBefore(earliest))) {
                earliest = date;
            }
        }
        return earliest == null ? LocalDate.of(2000, 1, 1) : LocalDate.of(earliest.getYear() - 1, 1, 1);
    }

    private static LocalDate firstDate(ScheduleEntry entry) {
        if (entry instanceof DayOff d) {
            return d.first();
        }
        Recurrence when = entry instanceof ReachableWindow w ? w.when()
                : entry instanceof FocusBlock f ? f.when() : ((ExtraWindow) entry).when();
        return when instanceof Weekly w ? w.since() : when instanceof Dated d ? d.start().toLocalDate() : null;
    }

    private String finish() {
        raw("END:VCALENDAR");
        return out.toString();
    }

    private static boolean isFree(EntryKind kind) {
        return kind == EntryKind.WINDOW || kind == EntryKind.EXTRA_WINDOW;
    }

    /** A VEVENT (or an AVAILABLE, which has no TRANSP) for one entry, then one per moved occurrence. */
    private void component(String name, ScheduleEntry entry) {
        component(name, entry, null, null);
        Recurrence when = entry instanceof ReachableWindow w ? w.when() : entry instanceof FocusBlock f ? f.when() : null;
        if (when instanceof Weekly weekly) {
            weekly.series().moved().forEach((date, to) -> {
                if (weekly.givesOn(date)) { // an added date (RDATE) can be moved too
                    component(name, entry, date.atTime(weekly.times().start()), () -> when(to));
                }
            });
            // the nights a clock change touches, as instants every reader takes as they are
            for (ExactOccurrences.Exact exact : ExactOccurrences.of(weekly, weekly.zoneOr(zone))) {
                component(name, entry, exact.recurrenceId(), () -> {
                    raw("DTSTART:" + utc(exact.start()));
                    raw("DTEND:" + utc(exact.end()));
                });
            }
        }
    }

    /** The TZID parameter of a series: its own zone's, else the home zone's. */
    private String tzParam(Weekly weekly) {
        return weekly.zone() == null || weekly.zone().equals(zone) ? tzParam
                : ";TZID=" + IcsText.paramValue(weekly.zone().getId());
    }

    /**
     * One component: the entry itself, or (with {@code recurrenceId}) its occurrence of that
     * original start at the {@code times} it writes, which carries the same UID, words and kind.
     */
    private void component(String name, ScheduleEntry entry, LocalDateTime recurrenceId, Runnable times) {
        raw("BEGIN:" + name);
        text("UID", entry.uid());
        IcsRevisions.Revision revision = revisions.get(entry.uid());
        if (revision == null) {
            raw("DTSTAMP:" + stamp);
        } else {
            String modified = utc(revision.modified());
            raw("DTSTAMP:" + modified);
            raw("LAST-MODIFIED:" + modified);
            if (revision.sequence() > 0) {
                raw("SEQUENCE:" + revision.sequence());
            }
        }
        if (recurrenceId != null) {
            dateTimeLine("RECURRENCE-ID", tzParam((Weekly) (entry instanceof ReachableWindow w ? w.when()
                    : ((FocusBlock) entry).when())), recurrenceId);
            times.run();
        } else if (entry instanceof ReachableWindow w) {
            when(w.when());
        } else if (entry instanceof FocusBlock f) {
            when(f.when());
        } else if (entry instanceof ExtraWindow x) {
            when(x.when());
        } else if (entry instanceof DayOff d) {
            dateLine("DTSTART", d.first());
            dateLine("DTEND", d.last().plusDays(1));
        }
        text("SUMMARY", entry.summary());
        text("CATEGORIES", category(entry.kind()));
        if (name.equals("VEVENT")) {
            raw(isFree(entry.kind()) ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE");
        }
        raw("X-REACHABLE-KIND:" + entry.kind().code());
        if (!entry.channels().isEmpty()) {
            line.setLength(0);
            line.append("X-REACHABLE-CHANNELS:");
            boolean first = true;
            for (String channel : new TreeSet<>(entry.channels())) {
                if (!first) {
                    line.append(',');
                }
                line.append(IcsText.escape(channel));
                first = false;
            }
            IcsText.appendFolded(out, line);
        }
        if (entry instanceof DayOff d) {
            raw("X-REACHABLE-REASON:" + d.reason().name().toLowerCase(Locale.ROOT));
            if (!d.standIn().isEmpty()) {
                text("X-REACHABLE-STAND-IN", d.standIn());
            }
            if (!d.backOn().equals(d.last().plusDays(1))) {
                raw("X-REACHABLE-BACK-ON:" + IcsText.date(d.backOn()));
            }
            if (d.urgentLineOff()) {
                raw("X-REACHABLE-URGENT-OFF:TRUE");
            }
        }
        raw("END:" + name);
    }

    private void when(Recurrence recurrence) {
        if (recurrence instanceof Weekly weekly) {
            // DURATION rather than DTEND: a first day that is a clock-change day would otherwise give
            // every occurrence that day's odd length (RFC 5545 repeats DTEND - DTSTART exactly)
            String tz = tzParam(weekly);
            dateTimeLine("DTSTART", tz, weekly.since().atTime(weekly.times().start()));
            raw("DURATION:" + duration(weekly.times().length()));
            Series series = weekly.series();
            raw("RRULE:FREQ=WEEKLY;WKST=MO" + (series.weeks() > 1 ? ";INTERVAL=" + series.weeks() : "")
                    + ";BYDAY=" + byDay(weekly.days()) + (series.until() == null ? "" : ";UNTIL=" + utc(
                    ZonedDateTime.of(series.until(), weekly.times().start(), weekly.zoneOr(zone)).toInstant())));
            for (LocalDate skipped : series.skipped()) {
                dateTimeLine("EXDATE", tz, skipped.atTime(weekly.times().start()));
            }
            for (LocalDate added : series.added()) {
                dateTimeLine("RDATE", tz, added.atTime(weekly.times().start()));
            }
        } else if (recurrence instanceof Dated dated && dated.zone() != null && !dated.zone().equals(zone)) {
            String own = ";TZID=" + IcsText.paramValue(dated.zone().getId());
            dateTimeLine("DTSTART", own, dated.start());
            dateTimeLine("DTEND", own, dated.end());
        } else if (recurrence instanceof Dated dated) {
            dateTimeLine("DTSTART", dated.start());
            dateTimeLine("DTEND", dated.end());
        }
    }

    /** RFC 5545 dur-time: PT2H, PT1H30M, PT45M. */
    static String duration(Duration length) {
        long hours = length.toHours();
        long minutes = length.toMinutesPart();
        long seconds = length.toSecondsPart();
        return "PT" + (hours > 0 ? hours + "H" : "") + (minutes > 0 ? minutes + "M" : "")
                + (seconds > 0 || length.isZero() ? seconds + "S" : "");
    }

    static String category(EntryKind kind) {
        return switch (kind) {
            case WINDOW -> "Reachable window";
            case FOCUS -> "Focus";
            case DAY_OFF -> "Day off";
            case EXTRA_WINDOW -> "Extra window";
        };
    }

    static String byDay(Set<DayOfWeek> days) {
        StringBuilder sb = new StringBuilder(20);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.contains(day)) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(day.name(), 0, 2);
            }
        }
        return sb.toString();
    }

    private void dateTimeLine(String name, LocalDateTime value) {
        dateTimeLine(name, tzParam, value);
    }

    private void dateTimeLine(String name, String tz, LocalDateTime value) {
        line.setLength(0);
        line.append(name).append(tz).append(':');
        IcsText.appendDateTime(line, value);
        IcsText.appendFolded(out, line);
    }

    private void dateLine(String name, LocalDate value) {
        line.setLength(0);
        line.append(name).append(";VALUE=DATE:");
        IcsText.appendDate(line, value);
        IcsText.appendFolded(out, line);
    }

    private void text(String name, String value) {
        line.setLength(0);
        line.append(name).append(':').append(IcsText.escape(value));
        IcsText.appendFolded(out, line);
    }

    private void raw(String content) {
        IcsText.appendFolded(out, content);
    }
}
