package org.reachable.adapters.ics;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

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
    /** Occurrences changed by RECURRENCE-ID, by the UID of their series. */
    private Map<String, List<RawComponent>> overrides = Map.of();
    /** Null when reading schedule.ics; for an import, how it picks kinds and where skipped events go. */
    private final IcsImportRules importing;

    private IcsReader(String text, String fileName, ZoneId home, IcsImportRules importing) {
        this.text = text;
        this.fileName = fileName;
        this.home = home;
        this.importing = importing;
    }

    static Schedule read(String text, String fileName, ZoneId home) throws StoreException {
        return read(text, fileName, home, null);
    }

    /** As {@link #read(String, String, ZoneId)}; with {@code importing}, an event it cannot hold is skipped, not fatal. */
    static Schedule read(String text, String fileName, ZoneId home, IcsImportRules importing) throws StoreException {
        return new IcsReader(crlf(text.startsWith("\uFEFF") ? text.substring(1) : text), fileName, home, importing)
                .read();
    }

    /**
     * The text with every line break as CRLF. A text editor may save the file with LF (or mixed)
     * line endings; ical4j's parser then loses its place in nested components ("Expected
     * [STANDARD], read [VTIMEZONE]"). Each break stays one break, so line numbers still match.
     */
    static String crlf(String text) {
        int n = text.length();
        boolean bare = false;
        for (int i = 0; i < n && !bare; i++) {
            char c = text.charAt(i);
            bare = c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')
                    || c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n');
        }
        if (!bare) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n + n / 40);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append("\r\n");
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                sb.append("\r\n");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private SourceLines source() {
        if (source == null) {
            source = new SourceLines(text);
        }
        return source;
    }

    private Schedule read() throws StoreException {
        if (text.isBlank()) {
            throw new StoreException(Problem.of(ProblemKind.ICS_EMPTY).at(fileName, 1));
        }
        try {
            calendar = RawCalendar.parse(text);
        } catch (ParserException e) {
            throw ParseErrors.translate(e, source(), fileName);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(Problem.of(ProblemKind.ICS_UNREADABLE, e.getMessage()).at(fileName, 0), e);
        }
        times = new EventTimes(home, calendar);
        int noColon = SourceLines.firstLineWithoutColon(text);
        if (noColon > 0) {
            throw ParseErrors.withoutColon(source(), noColon, fileName, null);
        }
        List<ScheduleEntry> entries = new ArrayList<>();
        Map<String, Integer> uids = new HashMap<>();
        overrides = new HashMap<>();
        Map<String, Integer> overrideIndex = new HashMap<>();
        List<RawComponent> events = importing == null ? calendar.components() : importing.events(calendar);
        int index = -1;
        for (RawComponent component : events) {
            if (isEvent(component)) {
                index++;
                String uid = component.text("UID");
                if (component.first("RECURRENCE-ID") != null && uid != null) {
                    overrides.computeIfAbsent(uid, u -> new ArrayList<>()).add(component);
                    overrideIndex.putIfAbsent(uid, index);
                }
            }
        }
        index = -1;
        for (RawComponent component : events) {
            if (!isEvent(component)) {
                continue;
            }
            index++;
            if (component.first("RECURRENCE-ID") != null && component.text("UID") != null) {
                continue; // read with its series
            }
            ScheduleEntry entry;
            try {
                entry = entry(component);
            } catch (EventProblem p) {
                skipOrThrow(problem(index, p.property, component, p.problem, null));
                continue;
            } catch (InvalidScheduleException e) {
                skipOrThrow(problem(index, null, component, e.problem(), e));
                continue;
            } catch (RuntimeException e) {
                skipOrThrow(problem(index, null, component,
                        Problem.of(ProblemKind.ICS_EVENT_UNREADABLE, e.getMessage()), e));
                continue;
            }
            if (entry == null) {
                overrideIndex.remove(component.text("UID")); // a cancelled series takes its changes with it
                continue;
            }
            if (entry.kind() == EntryKind.WINDOW || entry.kind() == EntryKind.FOCUS && isWeekly(entry)) {
                overrideIndex.remove(entry.uid());
            }
            Integer first = uids.putIfAbsent(entry.uid(), index);
            if (first != null) {
                skipOrThrow(problem(index, "UID", component, Problem.of(ProblemKind.ICS_DUPLICATE_UID,
                        source().lineOf(first, null), entry.uid()), null));
                continue;
            }
            entries.add(entry);
        }
        for (Map.Entry<String, Integer> orphan : overrideIndex.entrySet()) {
            RawComponent component = overrides.get(orphan.getKey()).get(0);
            skipOrThrow(problem(orphan.getValue(), "RECURRENCE-ID", component,
                    Problem.of(ProblemKind.ICS_RECURRENCE_ID, orphan.getKey()), null));
        }
        return new Schedule(home, entries);
    }

    /** A VEVENT, or for an import of windows an AVAILABLE block (it has the same properties). */
    private boolean isEvent(RawComponent component) {
        return component.name().equals("VEVENT") || importing != null && component.name().equals("AVAILABLE");
    }

    private void skipOrThrow(StoreException problem) throws StoreException {
        if (importing == null) {
            throw problem;
        }
        importing.skipped(problem);
    }

    private static boolean isWeekly(ScheduleEntry entry) {
        return entry instanceof FocusBlock f && f.when() instanceof Weekly;
    }

    private StoreException problem(int index, String property, RawComponent event, Problem reason, Throwable cause) {
        return new StoreException(Problem.of(ProblemKind.ICS_EVENT, describe(event), reason)
                .at(fileName, event.name().equals("VEVENT") ? source().lineOf(index, property) : 0).in(property), cause);
    }

    private static Problem describe(RawComponent event) {
        String summary = event.text("SUMMARY");
        if (summary != null && !summary.isBlank()) {
            return Problem.of(ProblemKind.ICS_EVENT_SUMMARY, ParseErrors.shorten(summary.strip().replace('\n', ' '), 60));
        }
        String uid = event.text("UID");
        return uid != null && !uid.isBlank() ? Problem.of(ProblemKind.ICS_EVENT_UID, ParseErrors.shorten(uid.strip(), 60))
                : Problem.of(ProblemKind.ICS_EVENT_NO_UID);
    }

    // ---------------------------------------------------------------- one event

    private ScheduleEntry entry(RawComponent event) {
        if ("CANCELLED".equalsIgnoreCase(trimmed(event.text("STATUS")))) {
            return null;
        }
        String uid = event.text("UID");
        if (uid == null || uid.isBlank()) {
            throw new EventProblem(null, ProblemKind.ICS_NO_UID);
        }
        if (event.first("EXRULE") != null) {
            throw new EventProblem("EXRULE", ProblemKind.ICS_EXRULE);
        }
        List<RawProperty> rules = event.all("RRULE");
        if (rules.size() > 1) {
            throw new EventProblem("RRULE", ProblemKind.ICS_TWO_RRULES);
        }
        RawProperty rule = rules.isEmpty() ? null : rules.get(0);

        RawProperty dtStart = event.first("DTSTART");
        if (dtStart == null) {
            throw new EventProblem(null, ProblemKind.ICS_NO_DTSTART, home.getId());
        }
        Object start = times.moment(dtStart, "DTSTART");
        RawProperty dtEnd = event.first("DTEND");
        Object end = dtEnd != null ? times.moment(dtEnd, "DTEND")
                : EventTimes.endFromDuration(event.first("DURATION"), start);

        String summary = event.text("SUMMARY");
        String kindCode = trimmed(event.text("X-REACHABLE-KIND"));
        boolean transparent = "TRANSPARENT".equalsIgnoreCase(trimmed(event.text("TRANSP")));
        Set<String> channels = importing != null ? importing.channels() : channels(event);
        EntryKind kind;
        if (importing != null) {
            kind = importing.kind(start instanceof LocalDate, rule != null, transparent);
        } else if (kindCode != null && !kindCode.isEmpty()) {
            try {
                kind = EntryKind.fromCode(kindCode);
            } catch (InvalidScheduleException e) {
                throw new EventProblem("X-REACHABLE-KIND", ProblemKind.ICS_UNKNOWN_KIND, kindCode);
            }
        } else if (start instanceof LocalDate) {
            kind = EntryKind.DAY_OFF;
        } else if (transparent) {
            kind = rule != null ? EntryKind.WINDOW : EntryKind.EXTRA_WINDOW;
            if (channels.isEmpty()) {
                throw new EventProblem("TRANSP", ProblemKind.ICS_FREE_WITHOUT_CHANNELS,
                        rule != null ? ProblemKind.ICS_A_WINDOW : ProblemKind.ICS_AN_EXTRA_WINDOW);
            }
        } else {
            kind = EntryKind.FOCUS;
        }

        if (kind == EntryKind.DAY_OFF) {
            return dayOff(event, uid, summary, start, end, rule);
        }
        if (!(start instanceof EventTimes.Timed timedStart)) {
            throw new EventProblem("DTSTART", ProblemKind.ICS_NEEDS_TIMES, EventRules.words(kind), home.getId());
        }
        if (end == null) {
            throw new EventProblem(null, ProblemKind.ICS_NO_END, home.getId());
        }
        if (!(end instanceof EventTimes.Timed timedEnd)) {
            throw new EventProblem("DTEND", ProblemKind.ICS_END_WHOLE_DAY);
        }
        LocalDateTime from = times.toHome(timedStart);
        LocalDateTime to = times.toHome(timedEnd);
        if (!to.isAfter(from)) {
            throw new EventProblem("DTEND", to.isEqual(from) ? ProblemKind.ICS_END_SAME : ProblemKind.ICS_END_BEFORE,
                    IcsText.dateTime(timedEnd.local()), IcsText.dateTime(timedStart.local()));
        }
        Optional<ZoneId> own = times.ownZone(timedStart);
        if (rule != null) {
            if (kind == EntryKind.EXTRA_WINDOW) {
                throw new EventProblem("RRULE", ProblemKind.ICS_EXTRA_REPEATS);
            }
            if (own.isPresent()) {
                // a series from another zone keeps that zone and its instants (DESIGN.md, Time)
                from = timedStart.local();
                to = times.in(own.get(), timedEnd);
            }
            Weekly weekly = new SeriesReader(times, own.orElse(null)).read(
                    EventRules.weekly(rule.value(), timedStart.local().toLocalDate(), from, to), event, rule.value(),
                    timedStart, from, to, overrides.getOrDefault(uid, List.of()));
            return kind == EntryKind.WINDOW
                    ? new ReachableWindow(uid, summary, weekly, channels)
                    : new FocusBlock(uid, summary, weekly, channels);
        }
        if (kind == EntryKind.WINDOW) {
            throw new EventProblem("DTSTART", ProblemKind.ICS_WINDOW_NO_RRULE);
        }
        if (event.first("RDATE") != null) {
            throw new EventProblem("RDATE", ProblemKind.ICS_RDATE);
        }
        Dated dated = own.isPresent()
                // a one-off from another zone keeps that zone and its instants (DESIGN.md, Time)
                ? new Dated(timedStart.local(), ZonedDateTime.of(timedEnd.local(), timedEnd.zone())
                        .withZoneSameInstant(own.get()).toLocalDateTime(), own.get())
                : new Dated(from, to);
        return kind == EntryKind.EXTRA_WINDOW
                ? new ExtraWindow(uid, summary, dated, channels)
                : new FocusBlock(uid, summary, dated, channels);
    }

    private DayOff dayOff(RawComponent event, String uid, String summary, Object start, Object end,
            RawProperty rule) {
        if (!(start instanceof LocalDate first)) {
            throw new EventProblem("DTSTART", ProblemKind.ICS_DAY_OFF_TIMED);
        }
        if (rule != null) {
            throw new EventProblem("RRULE", ProblemKind.ICS_DAY_OFF_REPEATS);
        }
        LocalDate last;
        if (end == null) {
            last = first;
        } else if (end instanceof LocalDate endDate) {
            if (!endDate.isAfter(first)) {
                throw new EventProblem("DTEND", ProblemKind.ICS_DAY_OFF_END_NOT_AFTER, IcsText.date(endDate),
                        IcsText.date(first), first, IcsText.date(first.plusDays(1)));
            }
            last = endDate.minusDays(1);
        } else {
            throw new EventProblem("DTEND", ProblemKind.ICS_DAY_OFF_END_TIMED, IcsText.date(first.plusDays(1)));
        }
        DayOffReason reason = DayOffReason.OTHER;
        String reasonText = trimmed(event.text("X-REACHABLE-REASON"));
        if (reasonText != null && !reasonText.isEmpty()) {
            try {
                reason = DayOffReason.valueOf(reasonText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new EventProblem("X-REACHABLE-REASON", ProblemKind.ICS_UNKNOWN_REASON, reasonText);
            }
        }
        LocalDate backOn = null;
        String backOnText = trimmed(event.text("X-REACHABLE-BACK-ON"));
        if (backOnText != null && !backOnText.isEmpty()) {
            Matcher m = IcsValues.DATE.matcher(backOnText);
            if (!m.matches()) {
                m = IcsValues.ISO_DATE.matcher(backOnText);
            }
            if (!m.matches()) {
                throw new EventProblem("X-REACHABLE-BACK-ON", ProblemKind.ICS_BACK_ON_FORMAT, backOnText);
            }
            Problem problem = IcsValues.dateProblem(m);
            if (problem != null) {
                throw new EventProblem("X-REACHABLE-BACK-ON", ProblemKind.ICS_BACK_ON_INVALID, backOnText, problem);
            }
            backOn = IcsValues.date(m);
        }
        boolean urgentOff = false;
        String urgentText = trimmed(event.text("X-REACHABLE-URGENT-OFF"));
        if (urgentText != null && !urgentText.isEmpty()) {
            if (urgentText.equalsIgnoreCase("TRUE")) {
                urgentOff = true;
            } else if (!urgentText.equalsIgnoreCase("FALSE")) {
                throw new EventProblem("X-REACHABLE-URGENT-OFF", ProblemKind.ICS_URGENT_OFF, urgentText);
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
