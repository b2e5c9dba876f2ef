package org.reachable.adapters.ics;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import net.fortuna.ical4j.data.ParserException;
import org.reachable.adapters.ics.RawCalendar.RawComponent;
import org.reachable.adapters.ics.RawCalendar.RawProperty;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.StoreException;

/**
 * Reads a schedule from iCalendar text. ical4j's parser checks the syntax (and says on which line
 * it fails); the values are read here with java.time, so that a time means what it says in the
 * file. Every problem becomes a {@link StoreException} naming the line to fix.
 */
final class IcsReader {

    private final String text;
    private final String fileName;
    private final ZoneId home;
    private RawComponent calendar;
    private EventTimes times;
    private SourceLines source;

    private IcsReader(String text, String fileName, ZoneId home) {
        this.text = text;
        this.fileName = fileName;
        this.home = home;
    }

    static Schedule read(String text, String fileName, ZoneId home) throws StoreException {
        return new IcsReader(text.startsWith("\uFEFF") ? text.substring(1) : text, fileName, home).read();
    }

    private SourceLines source() {
        if (source == null) {
            source = new SourceLines(text);
        }
        return source;
    }

    private Schedule read() throws StoreException {
        if (text.isBlank()) {
            throw new StoreException(fileName, 1, "the file is empty; a schedule file begins with BEGIN:VCALENDAR");
        }
        try {
            calendar = RawCalendar.parse(text);
        } catch (ParserException e) {
            throw ParseErrors.translate(e, source(), fileName);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(fileName, 0, "cannot read the file: " + e.getMessage(), e);
        }
        times = new EventTimes(home, calendar);
        int noColon = SourceLines.firstLineWithoutColon(text);
        if (noColon > 0) {
            throw ParseErrors.withoutColon(source(), noColon, fileName, null);
        }
        List<ScheduleEntry> entries = new ArrayList<>();
        Map<String, Integer> uids = new HashMap<>();
        int index = -1;
        for (RawComponent component : calendar.components()) {
            if (!component.name().equals("VEVENT")) {
                continue;
            }
            index++;
            ScheduleEntry entry;
            try {
                entry = entry(component);
            } catch (EventProblem p) {
                throw problem(index, p.property, component, p.getMessage(), null);
            } catch (InvalidScheduleException e) {
                throw problem(index, null, component, e.getMessage(), e);
            } catch (RuntimeException e) {
                throw problem(index, null, component, "cannot read this event: " + e.getMessage(), e);
            }
            if (entry == null) {
                continue;
            }
            Integer first = uids.putIfAbsent(entry.uid(), index);
            if (first != null) {
                throw problem(index, "UID", component, "the event at line " + source().lineOf(first, null)
                        + " has the same UID \"" + entry.uid() + "\"; give each event its own UID", null);
            }
            entries.add(entry);
        }
        return new Schedule(home, entries);
    }

    private StoreException problem(int index, String property, RawComponent event, String reason, Throwable cause) {
        return new StoreException(fileName, source().lineOf(index, property),
                "event " + describe(event) + ": " + reason, cause);
    }

    private static String describe(RawComponent event) {
        String summary = event.text("SUMMARY");
        if (summary != null && !summary.isBlank()) {
            return "\"" + ParseErrors.shorten(summary.strip().replace('\n', ' '), 60) + "\"";
        }
        String uid = event.text("UID");
        return uid != null && !uid.isBlank() ? "with UID \"" + ParseErrors.shorten(uid.strip(), 60) + "\""
                : "without a UID";
    }

    // ---------------------------------------------------------------- one event

    private ScheduleEntry entry(RawComponent event) {
        if ("CANCELLED".equalsIgnoreCase(trimmed(event.text("STATUS")))) {
            return null;
        }
        String uid = event.text("UID");
        if (uid == null || uid.isBlank()) {
            throw new EventProblem(null, "the event has no UID; every event needs one (a line such as UID:focus-1)");
        }
        for (String unsupported : List.of("RECURRENCE-ID", "EXDATE", "RDATE", "EXRULE")) {
            if (event.first(unsupported) != null) {
                throw new EventProblem(unsupported, EventRules.unsupported(unsupported));
            }
        }
        List<RawProperty> rules = event.all("RRULE");
        if (rules.size() > 1) {
            throw new EventProblem("RRULE", "the event has more than one RRULE; give it exactly one "
                    + "RRULE:FREQ=WEEKLY;BYDAY=…");
        }
        RawProperty rule = rules.isEmpty() ? null : rules.get(0);

        RawProperty dtStart = event.first("DTSTART");
        if (dtStart == null) {
            throw new EventProblem(null, "the event has no DTSTART; give it a start, for example DTSTART;TZID="
                    + home.getId() + ":20260105T090000");
        }
        Object start = times.moment(dtStart, "DTSTART");
        RawProperty dtEnd = event.first("DTEND");
        Object end = dtEnd != null ? times.moment(dtEnd, "DTEND")
                : EventTimes.endFromDuration(event.first("DURATION"), start);

        String summary = event.text("SUMMARY");
        String kindCode = trimmed(event.text("X-REACHABLE-KIND"));
        boolean transparent = "TRANSPARENT".equalsIgnoreCase(trimmed(event.text("TRANSP")));
        Set<String> channels = channels(event);
        EntryKind kind;
        if (kindCode != null && !kindCode.isEmpty()) {
            try {
                kind = EntryKind.fromCode(kindCode);
            } catch (InvalidScheduleException e) {
                throw new EventProblem("X-REACHABLE-KIND", e.getMessage());
            }
        } else if (start instanceof LocalDate) {
            kind = EntryKind.DAY_OFF;
        } else if (transparent) {
            kind = rule != null ? EntryKind.WINDOW : EntryKind.EXTRA_WINDOW;
            if (channels.isEmpty()) {
                throw new EventProblem("TRANSP", "the event is marked free (TRANSP:TRANSPARENT), so it is read as "
                        + (rule != null ? "a reachable window" : "an extra reachable window")
                        + ", but it does not say which channels are open; add a line such as "
                        + "X-REACHABLE-CHANNELS:phone,email (the channel ids from your settings), "
                        + "or mark the event busy to make it a focus block");
            }
        } else {
            kind = EntryKind.FOCUS;
        }

        if (kind == EntryKind.DAY_OFF) {
            return dayOff(event, uid, summary, start, end, rule);
        }
        if (!(start instanceof EventTimes.Timed timedStart)) {
            throw new EventProblem("DTSTART", "a " + EventRules.words(kind) + " needs a start and an end time, but "
                    + "DTSTART is a whole day; write for example DTSTART;TZID=" + home.getId() + ":20260105T090000");
        }
        if (end == null) {
            throw new EventProblem(null, "the event has no end; add a DTEND, for example DTEND;TZID="
                    + home.getId() + ":20260105T110000");
        }
        if (!(end instanceof EventTimes.Timed timedEnd)) {
            throw new EventProblem("DTEND", "DTSTART has a time but DTEND is a whole day; give DTEND a time too");
        }
        LocalDateTime from = times.toHome(timedStart);
        LocalDateTime to = times.toHome(timedEnd);
        if (!to.isAfter(from)) {
            throw new EventProblem("DTEND", "DTEND " + IcsText.dateTime(timedEnd.local()) + " is "
                    + (to.isEqual(from) ? "the same as" : "before") + " DTSTART "
                    + IcsText.dateTime(timedStart.local()) + "; the event must end after it starts");
        }
        if (rule != null) {
            if (kind == EntryKind.EXTRA_WINDOW) {
                throw new EventProblem("RRULE", "an extra window happens once, but this one repeats (RRULE); "
                        + "remove the RRULE, or make it X-REACHABLE-KIND:window");
            }
            Weekly weekly = EventRules.weekly(rule.value(), timedStart.local().toLocalDate(), from, to);
            return kind == EntryKind.WINDOW
                    ? new ReachableWindow(uid, summary, weekly, channels)
                    : new FocusBlock(uid, summary, weekly, channels);
        }
        if (kind == EntryKind.WINDOW) {
            throw new EventProblem("DTSTART", "a reachable window repeats every week, but this event has no RRULE; "
                    + "add RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR (the days you want), "
                    + "or make it X-REACHABLE-KIND:extra-window for a single date");
        }
        Dated dated = new Dated(from, to);
        return kind == EntryKind.EXTRA_WINDOW
                ? new ExtraWindow(uid, summary, dated, channels)
                : new FocusBlock(uid, summary, dated, channels);
    }

    private DayOff dayOff(RawComponent event, String uid, String summary, Object start, Object end,
            RawProperty rule) {
        if (!(start instanceof LocalDate first)) {
            throw new EventProblem("DTSTART", "a day off takes whole days, but DTSTART has a time; write it as a date, "
                    + "for example DTSTART;VALUE=DATE:20260105, and DTEND;VALUE=DATE: the day after the last day");
        }
        if (rule != null) {
            throw new EventProblem("RRULE", "a day off cannot repeat (RRULE); add one event per day off, "
                    + "or remove the RRULE");
        }
        LocalDate last;
        if (end == null) {
            last = first;
        } else if (end instanceof LocalDate endDate) {
            if (!endDate.isAfter(first)) {
                throw new EventProblem("DTEND", "DTEND " + IcsText.date(endDate) + " is not after DTSTART "
                        + IcsText.date(first) + "; DTEND is the day after the last day off (for one day off on "
                        + first + ", DTEND;VALUE=DATE:" + IcsText.date(first.plusDays(1)) + ")");
            }
            last = endDate.minusDays(1);
        } else {
            throw new EventProblem("DTEND", "DTSTART is a whole day but DTEND has a time; write DTEND as a date too, "
                    + "the day after the last day off (DTEND;VALUE=DATE:" + IcsText.date(first.plusDays(1)) + ")");
        }
        DayOffReason reason = DayOffReason.OTHER;
        String reasonText = trimmed(event.text("X-REACHABLE-REASON"));
        if (reasonText != null && !reasonText.isEmpty()) {
            try {
                reason = DayOffReason.valueOf(reasonText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new EventProblem("X-REACHABLE-REASON", "unknown reason \"" + reasonText
                        + "\"; use holiday, vacation, sick or other");
            }
        }
        LocalDate backOn = null;
        String backOnText = trimmed(event.text("X-REACHABLE-BACK-ON"));
        if (backOnText != null && !backOnText.isEmpty()) {
            Matcher m = IcsValues.DATE.matcher(backOnText);
            if (!m.matches()) {
                m = IcsValues.ISO_DATE.matcher(backOnText);
            }
            String problem = m.matches() ? IcsValues.dateProblem(m) : "write it as YYYYMMDD, for example 20260112";
            if (problem != null) {
                throw new EventProblem("X-REACHABLE-BACK-ON", "X-REACHABLE-BACK-ON \"" + backOnText
                        + "\" is not a valid date: " + problem);
            }
            backOn = IcsValues.date(m);
        }
        boolean urgentOff = false;
        String urgentText = trimmed(event.text("X-REACHABLE-URGENT-OFF"));
        if (urgentText != null && !urgentText.isEmpty()) {
            if (urgentText.equalsIgnoreCase("TRUE")) {
                urgentOff = true;
            } else if (!urgentText.equalsIgnoreCase("FALSE")) {
                throw new EventProblem("X-REACHABLE-URGENT-OFF", "X-REACHABLE-URGENT-OFF is \"" + urgentText
                        + "\"; write TRUE or FALSE");
            }
        }
        return new DayOff(uid, summary, first, last, reason, event.text("X-REACHABLE-STAND-IN"), backOn, urgentOff);
    }

    private static Set<String> channels(RawComponent event) {
        Set<String> channels = new LinkedHashSet<>();
        for (RawProperty p : event.all("X-REACHABLE-CHANNELS")) {
            for (String id : p.text().split(",")) {
                String trimmed = id.trim();
                if (!trimmed.isEmpty()) {
                    channels.add(trimmed);
                }
            }
        }
        return channels;
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }
}
