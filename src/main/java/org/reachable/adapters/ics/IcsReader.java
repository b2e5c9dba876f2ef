package org.reachable.adapters.ics;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
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
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.StoreException;

/**
 * Reads a schedule from iCalendar text. ical4j parses the structure (unfolding, unescaping,
 * RRULEs); the dates and time zones are read here with java.time, because ical4j parses a
 * {@code DTSTART;TZID=} value only when asked, and then fails with bare java.time exceptions. Every
 * problem becomes a {@link StoreException} naming the line to fix.
 */
final class IcsReader {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(Z?)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ICAL4J_PREFIX = Pattern.compile("^Error at line \\d+:\\s*");
    private static final Pattern BAD_RULE_VALUE = Pattern.compile("Invalid value (.*) for (\\w+)");

    private final String text;
    private final String fileName;
    private final ZoneId home;
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<ZoneId, Boolean> sameAsHome = new HashMap<>();
    private final Set<String> definedZones = new HashSet<>();
    private SourceLines source;

    private IcsReader(String text, String fileName, ZoneId home) {
        this.text = text;
        this.fileName = fileName;
        this.home = home;
    }

    static Schedule read(String text, String fileName, ZoneId home) throws StoreException {
        return new IcsReader(text.startsWith("\uFEFF") ? text.substring(1) : text, fileName, home).read();
    }

    /** A problem with one event; {@code property} names the line to point at (null: BEGIN:VEVENT). */
    private static final class Problem extends RuntimeException {
        final String property;

        Problem(String property, String reason) {
            super(reason, null, false, false);
            this.property = property;
        }
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
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw translate(e);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(fileName, 0, "cannot read the file: " + e.getMessage(), e);
        }
        for (CalendarComponent c : calendar.getComponentList().getAll()) {
            if (Component.VTIMEZONE.equals(c.getName())) {
                c.getProperty(Property.TZID).ifPresent(p -> definedZones.add(((Property) p).getValue()));
            }
        }
        List<ScheduleEntry> entries = new ArrayList<>();
        Map<String, Integer> uids = new HashMap<>();
        int index = -1;
        for (CalendarComponent c : calendar.getComponentList().getAll()) {
            if (!(c instanceof VEvent event)) {
                continue;
            }
            index++;
            ScheduleEntry entry;
            try {
                entry = entry(event);
            } catch (Problem p) {
                throw problem(index, p.property, event, p.getMessage(), null);
            } catch (InvalidScheduleException e) {
                throw problem(index, null, event, e.getMessage(), e);
            } catch (RuntimeException e) {
                throw problem(index, null, event, "cannot read this event: " + e.getMessage(), e);
            }
            if (entry == null) {
                continue;
            }
            Integer first = uids.putIfAbsent(entry.uid(), index);
            if (first != null) {
                throw problem(index, Property.UID, event, "another event, at line " + source().lineOf(first, null)
                        + ", has the same UID \"" + entry.uid() + "\"; give each event its own UID", null);
            }
            entries.add(entry);
        }
        return new Schedule(home, entries);
    }

    private StoreException problem(int index, String property, VEvent event, String reason, Throwable cause) {
        int line = source().lineOf(index, property);
        return new StoreException(fileName, line, "event " + describe(event) + ": " + reason, cause);
    }

    private static String describe(VEvent event) {
        String summary = value(event, Property.SUMMARY);
        if (summary != null && !summary.isBlank()) {
            return "\"" + shorten(summary.replace('\n', ' '), 60) + "\"";
        }
        String uid = value(event, Property.UID);
        return uid != null ? "with UID \"" + shorten(uid, 60) + "\"" : "without a UID";
    }

    // ---------------------------------------------------------------- one event

    private ScheduleEntry entry(VEvent event) {
        String status = value(event, Property.STATUS);
        if (status != null && status.trim().equalsIgnoreCase("CANCELLED")) {
            return null;
        }
        String uid = value(event, Property.UID);
        if (uid == null || uid.isBlank()) {
            throw new Problem(null, "the event has no UID; every event needs one (a line such as UID:focus-1)");
        }
        for (String unsupported : List.of(Property.RECURRENCE_ID, Property.EXDATE, Property.RDATE, Property.EXRULE)) {
            if (event.getProperty(unsupported).isPresent()) {
                throw new Problem(unsupported, unsupportedReason(unsupported));
            }
        }
        List<Property> rules = event.getProperties(Property.RRULE);
        if (rules.size() > 1) {
            throw new Problem(Property.RRULE, "the event has more than one RRULE; give it exactly one "
                    + "RRULE:FREQ=WEEKLY;BYDAY=…");
        }
        Recur<?> recur = rules.isEmpty() ? null : ((RRule<?>) rules.get(0)).getRecur();

        DateProperty<?> dtStart = event.<DateProperty<?>>getProperty(Property.DTSTART)
                .orElseThrow(() -> new Problem(null, "the event has no DTSTART; give it a start, "
                        + "for example DTSTART;TZID=Europe/Amsterdam:20260105T090000"));
        Object start = moment(dtStart, Property.DTSTART);
        Optional<DateProperty<?>> dtEnd = event.getProperty(Property.DTEND);
        Object end = dtEnd.isPresent() ? moment(dtEnd.get(), Property.DTEND) : null;
        if (end == null) {
            end = endFromDuration(event, start);
        }

        String summary = value(event, Property.SUMMARY);
        String kindCode = value(event, "X-REACHABLE-KIND");
        boolean transparent = "TRANSPARENT".equalsIgnoreCase(trimmed(value(event, Property.TRANSP)));
        Set<String> channels = channels(event);
        EntryKind kind;
        if (kindCode != null) {
            try {
                kind = EntryKind.fromCode(kindCode);
            } catch (InvalidScheduleException e) {
                throw new Problem("X-REACHABLE-KIND", e.getMessage());
            }
        } else if (start instanceof LocalDate) {
            kind = EntryKind.DAY_OFF;
        } else if (transparent) {
            kind = recur != null ? EntryKind.WINDOW : EntryKind.EXTRA_WINDOW;
            if (channels.isEmpty()) {
                throw new Problem(Property.TRANSP, "the event is marked free (TRANSP:TRANSPARENT), so it is read as a "
                        + (recur != null ? "reachable window" : "extra reachable window")
                        + ", but it does not say which channels are open; add a line such as "
                        + "X-REACHABLE-CHANNELS:phone,email (the channel ids from your settings), "
                        + "or mark the event busy to make it a focus block");
            }
        } else {
            kind = EntryKind.FOCUS;
        }

        if (kind == EntryKind.DAY_OFF) {
            return dayOff(event, uid, summary, start, end, recur);
        }
        if (!(start instanceof Timed timedStart)) {
            throw new Problem(Property.DTSTART, "a " + kindWords(kind) + " needs a start and end time, but DTSTART "
                    + "is a whole day; write for example DTSTART;TZID=" + home.getId() + ":20260105T090000");
        }
        if (end == null) {
            throw new Problem(null, "the event has no end; add a DTEND, for example DTEND;TZID="
                    + home.getId() + ":20260105T110000");
        }
        if (!(end instanceof Timed timedEnd)) {
            throw new Problem(Property.DTEND, "DTSTART has a time but DTEND is a whole day; give DTEND a time too");
        }
        if (recur != null) {
            if (kind == EntryKind.EXTRA_WINDOW) {
                throw new Problem(Property.RRULE, "an extra window happens once, but this one repeats (RRULE); "
                        + "remove the RRULE, or make it X-REACHABLE-KIND:window");
            }
            Weekly weekly = weekly(recur, timedStart, timedEnd);
            return kind == EntryKind.WINDOW
                    ? new ReachableWindow(uid, summary, weekly, channels)
                    : new FocusBlock(uid, summary, weekly, channels);
        }
        if (kind == EntryKind.WINDOW) {
            throw new Problem(Property.DTSTART, "a reachable window repeats every week, but this event has no RRULE; "
                    + "add RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR (the days you want), "
                    + "or make it X-REACHABLE-KIND:extra-window for a single date");
        }
        LocalDateTime from = toHome(timedStart);
        LocalDateTime to = toHome(timedEnd);
        requireAfter(from, to, timedStart, timedEnd);
        Dated dated = new Dated(from, to);
        return kind == EntryKind.EXTRA_WINDOW
                ? new ExtraWindow(uid, summary, dated, channels)
                : new FocusBlock(uid, summary, dated, channels);
    }

    private static String kindWords(EntryKind kind) {
        return switch (kind) {
            case WINDOW -> "reachable window";
            case FOCUS -> "focus block";
            case DAY_OFF -> "day off";
            case EXTRA_WINDOW -> "extra window";
        };
    }

    private static String unsupportedReason(String property) {
        return switch (property) {
            case Property.RECURRENCE_ID -> "this event changes a single occurrence of a repeating event "
                    + "(RECURRENCE-ID); Reachable's weekly entries cannot have one occurrence changed: change the "
                    + "whole series, or delete this changed occurrence and add a one-off entry instead";
            case Property.EXDATE -> "the repeating event skips some dates (EXDATE); Reachable's weekly entries "
                    + "cannot skip single dates: remove the EXDATE lines and add a day off or a one-off entry "
                    + "for those dates instead";
            case Property.RDATE -> "the event lists extra dates (RDATE); Reachable cannot hold those: remove the "
                    + "RDATE lines and add a one-off entry for each date instead";
            default -> "the event uses EXRULE, which RFC 5545 retired and Reachable cannot hold; remove it";
        };
    }

    private DayOff dayOff(VEvent event, String uid, String summary, Object start, Object end, Recur<?> recur) {
        if (!(start instanceof LocalDate first)) {
            throw new Problem(Property.DTSTART, "a day off takes whole days, but DTSTART has a time; write it as a "
                    + "date, for example DTSTART;VALUE=DATE:20260105, and DTEND;VALUE=DATE: the day after the last day");
        }
        if (recur != null) {
            throw new Problem(Property.RRULE, "a day off cannot repeat (RRULE); add one event per day off, "
                    + "or remove the RRULE");
        }
        LocalDate last;
        if (end == null) {
            last = first;
        } else if (end instanceof LocalDate endDate) {
            if (!endDate.isAfter(first)) {
                throw new Problem(Property.DTEND, "DTEND " + IcsText.date(endDate) + " is not after DTSTART "
                        + IcsText.date(first) + "; DTEND is the day after the last day off (for one day off on "
                        + first + ", DTEND;VALUE=DATE:" + IcsText.date(first.plusDays(1)) + ")");
            }
            last = endDate.minusDays(1);
        } else {
            throw new Problem(Property.DTEND, "DTSTART is a whole day but DTEND has a time; write DTEND as a date "
                    + "too, the day after the last day off (DTEND;VALUE=DATE:" + IcsText.date(first.plusDays(1)) + ")");
        }
        DayOffReason reason = DayOffReason.OTHER;
        String reasonText = trimmed(value(event, "X-REACHABLE-REASON"));
        if (reasonText != null && !reasonText.isEmpty()) {
            try {
                reason = DayOffReason.valueOf(reasonText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Problem("X-REACHABLE-REASON", "unknown reason \"" + reasonText
                        + "\"; use holiday, vacation, sick or other");
            }
        }
        String standIn = value(event, "X-REACHABLE-STAND-IN");
        LocalDate backOn = null;
        String backOnText = trimmed(value(event, "X-REACHABLE-BACK-ON"));
        if (backOnText != null && !backOnText.isEmpty()) {
            Matcher m = DATE.matcher(backOnText);
            if (!m.matches()) {
                m = ISO_DATE.matcher(backOnText);
            }
            String problem = m.matches() ? dateProblem(m) : "write it as YYYYMMDD, for example 20260112";
            if (problem != null) {
                throw new Problem("X-REACHABLE-BACK-ON", "X-REACHABLE-BACK-ON \"" + backOnText
                        + "\" is not a valid date: " + problem);
            }
            backOn = LocalDate.of(group(m, 1), group(m, 2), group(m, 3));
        }
        boolean urgentOff = false;
        String urgentText = trimmed(value(event, "X-REACHABLE-URGENT-OFF"));
        if (urgentText != null && !urgentText.isEmpty()) {
            if (urgentText.equalsIgnoreCase("TRUE")) {
                urgentOff = true;
            } else if (!urgentText.equalsIgnoreCase("FALSE")) {
                throw new Problem("X-REACHABLE-URGENT-OFF", "X-REACHABLE-URGENT-OFF is \"" + urgentText
                        + "\"; write TRUE or FALSE");
            }
        }
        return new DayOff(uid, summary, first, last, reason, standIn, backOn, urgentOff);
    }

    private static Set<String> channels(VEvent event) {
        Set<String> channels = new LinkedHashSet<>();
        for (Property p : event.<Property>getProperties("X-REACHABLE-CHANNELS")) {
            for (String id : p.getValue().split(",")) {
                String trimmed = id.trim();
                if (!trimmed.isEmpty()) {
                    channels.add(trimmed);
                }
            }
        }
        return channels;
    }

    // ---------------------------------------------------------------- recurrence

    private Weekly weekly(Recur<?> recur, Timed start, Timed end) {
        Frequency frequency = recur.getFrequency();
        if (frequency != Frequency.WEEKLY && frequency != Frequency.DAILY) {
            String every = frequency == null ? "in a way" : switch (frequency) {
                case MONTHLY -> "monthly";
                case YEARLY -> "yearly";
                case HOURLY -> "hourly";
                case MINUTELY -> "every minute";
                case SECONDLY -> "every second";
                default -> frequency.name().toLowerCase(Locale.ROOT);
            };
            throw new Problem(Property.RRULE, "the event repeats " + every + " (RRULE:FREQ=" + frequency
                    + "); Reachable can only hold events that repeat every week on some days "
                    + "(RRULE:FREQ=WEEKLY;BYDAY=MO,WE) or that happen once");
        }
        String unit = frequency == Frequency.WEEKLY ? "weeks" : "days";
        if (recur.getInterval() > 1) {
            throw new Problem(Property.RRULE, "the event repeats every " + recur.getInterval() + " " + unit
                    + " (INTERVAL=" + recur.getInterval() + "); Reachable can only hold events that repeat every "
                    + "week: remove INTERVAL, or make one event per occurrence");
        }
        if (recur.getCount() > 0 || recur.getUntil() != null) {
            throw new Problem(Property.RRULE, "the repeating event stops after a while ("
                    + (recur.getCount() > 0 ? "COUNT=" + recur.getCount() : "UNTIL") + "); Reachable's weekly "
                    + "entries have no end: remove " + (recur.getCount() > 0 ? "COUNT" : "UNTIL")
                    + ", or delete the event if the series is over");
        }
        List<String> extra = new ArrayList<>();
        addIf(extra, "BYMONTH", !recur.getMonthList().isEmpty());
        addIf(extra, "BYMONTHDAY", !recur.getMonthDayList().isEmpty());
        addIf(extra, "BYYEARDAY", !recur.getYearDayList().isEmpty());
        addIf(extra, "BYWEEKNO", !recur.getWeekNoList().isEmpty());
        addIf(extra, "BYHOUR", !recur.getHourList().isEmpty());
        addIf(extra, "BYMINUTE", !recur.getMinuteList().isEmpty());
        addIf(extra, "BYSECOND", !recur.getSecondList().isEmpty());
        addIf(extra, "BYSETPOS", !recur.getSetPosList().isEmpty());
        if (!extra.isEmpty()) {
            throw new Problem(Property.RRULE, "the repeat rule uses " + String.join(", ", extra)
                    + ", which Reachable cannot hold; it holds RRULE:FREQ=WEEKLY;BYDAY=… only");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (WeekDay day : recur.getDayList()) {
            if (day.getOffset() != 0) {
                throw new Problem(Property.RRULE, "BYDAY=" + day + " picks a numbered weekday of the month or year; "
                        + "Reachable can only hold plain weekdays (MO, TU, WE, TH, FR, SA, SU)");
            }
            days.add(WeekDay.getDayOfWeek(day));
        }
        if (days.isEmpty()) {
            if (frequency == Frequency.DAILY) {
                days = EnumSet.allOf(DayOfWeek.class);
            } else {
                days.add(start.local().getDayOfWeek());
            }
        }
        LocalDateTime from = toHome(start);
        LocalDateTime to = toHome(end);
        requireAfter(from, to, start, end);
        long shift = ChronoUnit.DAYS.between(start.local().toLocalDate(), from.toLocalDate());
        if (shift != 0) {
            Set<DayOfWeek> shifted = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : days) {
                shifted.add(day.plus(shift));
            }
            days = shifted;
        }
        if (!to.isBefore(from.plusDays(1))) {
            throw new Problem(Property.DTEND, "the repeating event lasts a day or more (" + from + " to " + to
                    + "); a weekly entry must be shorter than a day");
        }
        return new Weekly(days, new TimeRange(from.toLocalTime(), to.toLocalTime()), from.toLocalDate());
    }

    private static void addIf(List<String> list, String name, boolean present) {
        if (present) {
            list.add(name);
        }
    }

    private static void requireAfter(LocalDateTime from, LocalDateTime to, Timed start, Timed end) {
        if (!to.isAfter(from)) {
            throw new Problem(Property.DTEND, "DTEND " + IcsText.dateTime(end.local()) + " is "
                    + (to.isEqual(from) ? "the same as" : "before") + " DTSTART " + IcsText.dateTime(start.local())
                    + "; the event must end after it starts");
        }
    }

    // ---------------------------------------------------------------- dates and zones

    /** A date-time as written, in the zone it was written in (the home zone when floating). */
    private record Timed(LocalDateTime local, ZoneId zone) {
    }

    /** The value of DTSTART or DTEND: a {@link LocalDate} (VALUE=DATE) or a {@link Timed}. */
    private Object moment(DateProperty<?> property, String name) {
        String value = property.getValue() == null ? "" : property.getValue().trim();
        Optional<Parameter> valueType = property.getParameter(Parameter.VALUE);
        boolean isDate = valueType.map(p -> p.getValue().equalsIgnoreCase("DATE")).orElse(false)
                || DATE.matcher(value).matches();
        String problem = dateValueProblem(name, value, isDate);
        if (problem != null) {
            throw new Problem(name, problem);
        }
        if (isDate) {
            Matcher m = DATE.matcher(value);
            m.matches();
            return LocalDate.of(group(m, 1), group(m, 2), group(m, 3));
        }
        Matcher m = DATE_TIME.matcher(value);
        m.matches();
        LocalDateTime local = LocalDateTime.of(group(m, 1), group(m, 2), group(m, 3), group(m, 4), group(m, 5),
                group(m, 6));
        if (!m.group(7).isEmpty()) {
            return new Timed(local, ZoneOffset.UTC);
        }
        Optional<Parameter> tzid = property.getParameter(Parameter.TZID);
        if (tzid.isEmpty()) {
            return new Timed(local, home);
        }
        return new Timed(local, zone(tzid.get().getValue(), property, name));
    }

    /** Why a DTSTART/DTEND value cannot be read, in words; null when it can. */
    static String dateValueProblem(String name, String value, boolean isDate) {
        Matcher m = (isDate ? DATE : DATE_TIME).matcher(value);
        String kind = isDate ? "date" : "date-time";
        if (!m.matches()) {
            return name + " \"" + value + "\" is not a " + kind + "; write it as "
                    + (isDate ? "YYYYMMDD, for example 20260105" : "YYYYMMDDTHHMMSS, for example 20260105T090000");
        }
        String problem = dateProblem(m);
        if (problem == null && !isDate) {
            if (group(m, 4) > 23) {
                problem = "there is no hour " + group(m, 4);
            } else if (group(m, 5) > 59) {
                problem = "there is no minute " + group(m, 5);
            } else if (group(m, 6) > 59) {
                problem = "there is no second " + group(m, 6);
            }
        }
        return problem == null ? null : name + " \"" + value + "\" is not a valid " + kind + ": " + problem;
    }

    private static String dateProblem(Matcher m) {
        int year = group(m, 1);
        int month = group(m, 2);
        int day = group(m, 3);
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has no day " + day;
        }
        return null;
    }

    private static int group(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * The zone a TZID names: an IANA zone java.time knows (also behind an old "/mozilla.org/…/"
     * prefix), else the file's own VTIMEZONE through ical4j (Outlook's "W. Europe Standard Time").
     * An unknown TZID with no VTIMEZONE is an error, never a silent fallback.
     */
    private ZoneId zone(String tzid, DateProperty<?> property, String name) {
        ZoneId known = zones.get(tzid);
        if (known != null) {
            return known;
        }
        ZoneId zone = javaZone(tzid);
        if (zone == null && definedZones.contains(tzid)) {
            try {
                Temporal parsed = property.getDate();
                if (parsed instanceof ZonedDateTime zoned) {
                    zone = zoned.getZone();
                }
            } catch (RuntimeException e) {
                throw new Problem(name, "the VTIMEZONE \"" + tzid + "\" in this file cannot be used: " + e.getMessage());
            }
        }
        if (zone == null) {
            throw new Problem(name, name + " uses the time zone \"" + tzid + "\", which is not a known time zone, "
                    + "and the file has no VTIMEZONE that defines it; use a zone name such as "
                    + home.getId() + " (TZID=" + home.getId() + ")");
        }
        zones.put(tzid, zone);
        return zone;
    }

    static ZoneId javaZone(String tzid) {
        try {
            return ZoneId.of(tzid.trim());
        } catch (DateTimeException e) {
            // try below
        }
        if (tzid.startsWith("/")) {
            String[] parts = tzid.split("/");
            for (int take = Math.min(3, parts.length); take >= 1; take--) {
                String candidate = String.join("/", List.of(parts).subList(parts.length - take, parts.length));
                try {
                    return ZoneId.of(candidate);
                } catch (DateTimeException e) {
                    // shorter suffix next
                }
            }
        }
        return null;
    }

    /** The wall-clock time in the home zone. Written in the home zone (or floating): as written. */
    private LocalDateTime toHome(Timed t) {
        boolean same = sameAsHome.computeIfAbsent(t.zone(),
                z -> z.equals(home) || z.normalized().equals(home.normalized()) || z.getRules().equals(home.getRules()));
        return same ? t.local() : ZonedDateTime.of(t.local(), t.zone()).withZoneSameInstant(home).toLocalDateTime();
    }

    private Object endFromDuration(VEvent event, Object start) {
        Optional<Duration> duration = event.getProperty(Property.DURATION);
        if (duration.isEmpty()) {
            return null;
        }
        TemporalAmount amount = duration.get().getDuration();
        if (start instanceof LocalDate date) {
            Period period = amount instanceof Period p ? p : Period.ofDays((int) ((java.time.Duration) amount).toDays());
            return date.plus(period);
        }
        Timed timed = (Timed) start;
        return new Timed(ZonedDateTime.of(timed.local(), timed.zone()).plus(amount).toLocalDateTime(), timed.zone());
    }

    // ---------------------------------------------------------------- parse errors

    private StoreException translate(ParserException e) {
        SourceLines src = source();
        int line = e.getLineNo();
        String message = ICAL4J_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
        int first = src.firstContentLine();
        String firstLine = src.line(first).trim();
        if (!firstLine.equalsIgnoreCase("BEGIN:VCALENDAR")) {
            return new StoreException(fileName, first, "this is not an iCalendar file: it should begin with "
                    + "BEGIN:VCALENDAR, but line " + first + " reads \"" + shorten(firstLine, 60) + "\"", e);
        }
        Deque<SourceLines.Open> open = src.openAtEnd();
        int last = src.lastContentLine();
        if (!open.isEmpty() && (line >= last || message.contains("end of file"))) {
            SourceLines.Open innermost = open.peek();
            String where = innermost.name().equals("VCALENDAR")
                    ? "the file ends without END:VCALENDAR"
                    : "the file ends in the middle of the " + innermost.name() + " that begins at line "
                            + innermost.line();
            return new StoreException(fileName, last, where + "; it looks cut off (saved only in part). "
                    + "Restore the backup (" + fileName + ".bak) or save the calendar again", e);
        }
        String raw = src.unfolded(line);
        String name = SourceLines.propertyName(raw);
        Throwable cause = e.getCause();
        if (cause instanceof DateTimeException) {
            String value = SourceLines.value(raw).trim();
            boolean isDate = raw.toUpperCase(Locale.ROOT).contains("VALUE=DATE")
                    && !raw.toUpperCase(Locale.ROOT).contains("VALUE=DATE-TIME");
            String reason = dateValueProblem(name, value, isDate || DATE.matcher(value).matches());
            if (reason != null) {
                return new StoreException(fileName, line, reason, e);
            }
        }
        if (cause != null && cause.getMessage() != null) {
            Matcher bad = BAD_RULE_VALUE.matcher(cause.getMessage());
            if (bad.find() && bad.group(2).equals("BYDAY")) {
                return new StoreException(fileName, line, name + " has an unknown weekday \"" + bad.group(1)
                        + "\" in BYDAY; use MO, TU, WE, TH, FR, SA or SU", e);
            }
            if (bad.find(0)) {
                return new StoreException(fileName, line, name + " has \"" + bad.group(1) + "\" for "
                        + bad.group(2) + ", which is not a valid value", e);
            }
        }
        String detail = message
                .replace("[58]", "\":\"").replace("[59]", "\";\"").replace("[61]", "\"=\"")
                .replace("[10]", "the end of the line").replace("[13]", "the end of the line")
                .replace("[-1]", "the end of the file").replace("[34]", "a quote");
        return new StoreException(fileName, line, "cannot read the line \"" + shorten(raw, 60) + "\" ("
                + detail + "); each line should read NAME:value or NAME;PARAMETER=x:value", e);
    }

    // ---------------------------------------------------------------- helpers

    private static String value(Component component, String name) {
        Optional<Property> p = component.getProperty(name);
        return p.map(Property::getValue).orElse(null);
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
