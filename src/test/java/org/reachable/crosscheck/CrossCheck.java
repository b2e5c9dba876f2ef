package org.reachable.crosscheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reachable.adapters.ics.IcsCodec;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.StatusResolver;
import org.reachable.testing.Rfc5545;

/**
 * Exports a schedule with {@link IcsCodec#write}, reads the file back with ical.js, and pairs each
 * occurrence with Reachable's own agenda ({@link StatusResolver#agenda}) by entry and wall-clock
 * slot (the DTSTART the RRULE generates for that day, its RECURRENCE-ID). Where the two disagree,
 * the disagreement must be one of the known kinds ({@link Kind}), each checked against a model of
 * what ical.js does; anything else is reported as unexplained.
 */
final class CrossCheck {

    /** The year every check covers; the DST changes the tests aim at are in it. */
    static final LocalDate YEAR_FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate YEAR_TO = LocalDate.of(2027, 1, 1);
    /** Around an entry's first occurrence (DTSTART) when that lies outside {@link #YEAR_FROM}–{@link #YEAR_TO}. */
    static final int FIRST_WEEKS_DAYS = 14;

    /**
     * The known kinds of disagreement. In the first four Reachable reads the time in the gap or
     * overlap as RFC 5545 §3.3.5 says (a local time in a gap takes the offset before the gap, so it
     * moves forward by the gap; one that occurs twice means the first) and ical.js 2.x does not: its
     * {@code Timezone.utcOffset} takes the offset after the change in both cases. The last is the
     * export's own doing.
     *
     * <p>A weekly entry is written as DTSTART plus {@code DURATION} of its usual (wall-clock) length,
     * such as PT2H. ical.js adds a DURATION to the wall-clock fields of each occurrence's start
     * ({@code ICAL.Time#addDuration}) and reads the resulting wall-clock end like any other; that is
     * Reachable's end too, so its weekly entries disagree only where a wall-clock start or end lies in
     * a gap or overlap, as single ones do, whatever their first day.
     *
     * <p>Not visible here, because ical.js agrees with Reachable on them: RFC 5545 §3.3.6 makes a
     * dur-time (PT2H) an exact duration, so an RFC reader such as ical4j ends each occurrence that
     * many real hours after its start, while Reachable keeps the wall-clock end. On a change day a
     * weekly window that spans the change or starts in it differs for such a reader: 01:30-03:30 on
     * 2026-03-29 in Amsterdam is 1 hour for Reachable and ical.js, 2 hours (to 04:30 CEST) by RFC
     * 5545; 02:30-04:00 ends at 04:00 CEST, by RFC 5545 at 05:00 CEST. Only on that day: the other
     * days of the year have their usual length for every reader.
     */
    enum Kind {
        /**
         * The slot's wall-clock start does not exist (spring-forward gap). ical.js reads it with the
         * offset after the change, an instant before the gap: 02:30 on 2026-03-29 in Amsterdam
         * becomes 01:30 CET (00:30Z). RFC 5545 §3.3.5 and §3.8.5.3 and java.time: 03:30 CEST (01:30Z).
         */
        START_IN_GAP,
        /**
         * The slot's wall-clock start occurs twice (fall-back overlap). ical.js takes the second
         * (standard time); RFC 5545 §3.3.5 and java.time the first (daylight time).
         */
        START_IN_OVERLAP,
        /**
         * The wall-clock end does not exist. ical.js reads it with the offset after the change, an
         * instant before the gap (a night 22:00-02:00 on 2026-03-28 in Amsterdam ends at 01:00 CET
         * (00:00Z), three hours long); Reachable at 03:00 CEST (01:00Z), four hours, as RFC 5545 has
         * it (§3.3.5 for a single event's DTEND; for a weekly one the exact PT4H of its DURATION).
         */
        END_IN_GAP,
        /**
         * The wall-clock end occurs twice. ical.js takes the second, Reachable and RFC 5545 the first
         * (a night 22:00-02:00 on 2026-10-24 in Amsterdam: 4 hours, ical.js 5; for a weekly night the
         * exact PT4H of its DURATION ends at the first 02:00 too).
         */
        END_IN_OVERLAP,
        /**
         * The whole slot lies in a gap (02:00-03:00 on 2026-03-29 in Amsterdam, 02:00-02:30 on
         * 2026-10-04 on Lord Howe): both ends move to the end of the gap and Reachable has no
         * occurrence that day (Occurrences), but the file still has one. ical.js puts it before the
         * gap (01:00-02:00 CET); an RFC 5545 reader at the end of the gap (from 03:00 CEST; for a
         * weekly entry for the exact length of its DURATION, for a single one with no length).
         */
        WHOLLY_IN_GAP
    }

    private static final DateTimeFormatter SHORT_UTC = DateTimeFormatter.ofPattern("MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    /** An occurrence of either side, in its slot (the wall-clock DTSTART the file gives it). */
    record Slotted(String uid, LocalDateTime slot, Instant start, Instant end) {
    }

    /** One disagreement; an empty {@code kinds} means unexplained. */
    record Mismatch(String uid, LocalDateTime slot, Slotted reachable, Slotted icalJs, Set<Kind> kinds) {

        boolean explained() {
            return !kinds.isEmpty();
        }

        @Override
        public String toString() {
            return uid + " " + slot + " " + (kinds.isEmpty() ? "[UNEXPLAINED]" : kinds.toString())
                    + ": reachable " + span(reachable) + ", ical.js " + span(icalJs);
        }

        /** "03-28T21:00Z/03-29T01:00Z": UTC, without the year and seconds, to keep the lists short. */
        private static String span(Slotted o) {
            return o == null ? "none" : utc(o.start()) + "/" + utc(o.end());
        }

        private static String utc(Instant t) {
            return SHORT_UTC.format(t);
        }
    }

    private final IcalJs icalJs;
    private final Path dir;

    CrossCheck(IcalJs icalJs, Path dir) {
        this.icalJs = icalJs;
        this.dir = dir;
    }

    /**
     * Every disagreement between ical.js and the agenda over 2026 and the first two weeks of each
     * entry (when those lie outside 2026), sorted by slot, then uid.
     */
    List<Mismatch> run(Schedule schedule, List<Channel> channels) throws IOException, InterruptedException {
        ZoneId zone = schedule.zone();
        Path ics = Files.createTempFile(dir, "schedule", ".ics");
        Files.writeString(ics, IcsCodec.write(schedule), StandardCharsets.UTF_8);
        StatusResolver resolver = new StatusResolver(schedule, channels, Optional.empty());
        Map<String, ScheduleEntry> entries = new HashMap<>();
        for (ScheduleEntry e : schedule.entries()) {
            entries.put(e.uid(), e);
        }
        // Both sides are asked with two days' margin; then the slots on the ranges' days are compared.
        List<LocalDate[]> days = ranges(schedule);
        List<Instant[]> instants = new ArrayList<>();
        for (LocalDate[] range : days) {
            instants.add(new Instant[] {range[0].minusDays(2).atStartOfDay(zone).toInstant(),
                range[1].plusDays(2).atStartOfDay(zone).toInstant()});
        }
        Map<String, Slotted> ours = new TreeMap<>();
        for (Instant[] range : instants) {
            for (Occurrence o : resolver.agenda(range[0], range[1])) {
                LocalDateTime slot = slot(o, zone);
                if (inRanges(slot, days)) {
                    Slotted mine = new Slotted(o.entry().uid(), slot, o.start(), o.end());
                    Slotted previous = ours.put(key(mine.uid(), slot), mine);
                    if (previous != null && !previous.equals(mine)) {
                        throw new AssertionError("two agenda occurrences in one slot: " + previous + ", " + mine);
                    }
                }
            }
        }
        Map<String, Slotted> theirs = new TreeMap<>();
        for (IcalJs.Occurrence o : icalJs.occurrences(ics, instants)) {
            LocalDateTime slot = slot(o, entries.get(o.uid()), zone);
            if (inRanges(slot, days)) {
                Slotted previous = theirs.put(key(o.uid(), slot), new Slotted(o.uid(), slot, o.start(), o.end()));
                if (previous != null) {
                    throw new AssertionError("ical.js gave two occurrences in one slot: " + previous + ", " + o);
                }
            }
        }
        Set<String> keys = new TreeSet<>(ours.keySet());
        keys.addAll(theirs.keySet());
        List<Mismatch> mismatches = new ArrayList<>();
        for (String key : keys) {
            Slotted r = ours.get(key);
            Slotted j = theirs.get(key);
            if (r != null && r.equals(j)) {
                continue;
            }
            Slotted any = r != null ? r : j;
            ScheduleEntry entry = entries.get(any.uid());
            Set<Kind> kinds = entry == null ? EnumSet.noneOf(Kind.class) : explain(zone, entry, any.slot(), r, j);
            mismatches.add(new Mismatch(any.uid(), any.slot(), r, j, kinds));
        }
        mismatches.sort((a, b) -> a.slot().equals(b.slot()) ? a.uid().compareTo(b.uid())
                : a.slot().compareTo(b.slot()));
        return mismatches;
    }

    /** 2026, and two weeks from each entry's first day that lies outside it. */
    static List<LocalDate[]> ranges(Schedule schedule) {
        List<LocalDate[]> ranges = new ArrayList<>();
        ranges.add(new LocalDate[] {YEAR_FROM, YEAR_TO});
        Set<LocalDate> firsts = new TreeSet<>();
        for (ScheduleEntry e : schedule.entries()) {
            LocalDate first = firstDay(e);
            if (first.isBefore(YEAR_FROM) || !first.isBefore(YEAR_TO)) {
                firsts.add(first);
            }
        }
        LocalDate coveredTo = LocalDate.MIN;
        for (LocalDate first : firsts) {
            LocalDate from = first.isBefore(coveredTo) ? coveredTo : first;
            LocalDate to = first.plusDays(FIRST_WEEKS_DAYS);
            if (first.isBefore(YEAR_FROM) && to.isAfter(YEAR_FROM)) {
                to = YEAR_FROM;
            }
            if (from.isBefore(to)) {
                ranges.add(new LocalDate[] {from, to});
                coveredTo = to;
            }
        }
        return ranges;
    }

    private static LocalDate firstDay(ScheduleEntry e) {
        if (e instanceof DayOff d) {
            return d.first();
        }
        Object when = e instanceof ReachableWindow w ? w.when()
                : e instanceof FocusBlock f ? f.when() : ((ExtraWindow) e).when();
        return when instanceof Weekly weekly ? weekly.since() : ((Dated) when).start().toLocalDate();
    }

    private static boolean inRanges(LocalDateTime slot, List<LocalDate[]> days) {
        LocalDate d = slot.toLocalDate();
        for (LocalDate[] range : days) {
            if (!d.isBefore(range[0]) && d.isBefore(range[1])) {
                return true;
            }
        }
        return false;
    }

    private static String key(String uid, LocalDateTime slot) {
        return slot + " " + uid;
    }

    /** The wall-clock DTSTART the file gives this occurrence (for a weekly entry: its day at the start time). */
    static LocalDateTime slot(Occurrence o, ZoneId zone) {
        ScheduleEntry e = o.entry();
        if (e instanceof DayOff d) {
            return d.first().atStartOfDay();
        }
        Object when = e instanceof ReachableWindow w ? w.when()
                : e instanceof FocusBlock f ? f.when() : ((ExtraWindow) e).when();
        if (when instanceof Dated dated) {
            return dated.start();
        }
        Weekly weekly = (Weekly) when;
        ZoneId own = weekly.zoneOr(zone); // a series kept in another zone is named in that zone's time
        LocalDate local = LocalDate.ofInstant(o.start(), own);
        for (LocalDate d = local; !d.isBefore(local.minusDays(1)); d = d.minusDays(1)) {
            if (weekly.occursOn(d) && ZonedDateTime.of(d, weekly.times().start(), own).toInstant().equals(o.start())) {
                return d.atTime(weekly.times().start());
            }
        }
        // an occurrence moved to other times ("only this week") is named by its original start
        for (var moved : weekly.series().moved().entrySet()) {
            if (ZonedDateTime.of(moved.getValue().start(), moved.getValue().zoneOr(zone)).toInstant().equals(o.start())) {
                return moved.getKey().atTime(weekly.times().start());
            }
        }
        throw new AssertionError("no slot for " + o);
    }

    /**
     * The slot of an ical.js occurrence: a single entry has one, whatever time the file wrote; a
     * weekly one is named by the RECURRENCE-ID ical.js reports.
     */
    static LocalDateTime slot(IcalJs.Occurrence o, ScheduleEntry entry, ZoneId zone) {
        if (entry instanceof DayOff d) {
            return d.first().atStartOfDay();
        }
        if (entry != null && weeklyOf(entry) == null) {
            return (entry instanceof ExtraWindow x ? x.when() : (Dated) ((FocusBlock) entry).when()).start();
        }
        String id = o.recurrenceId();
        if (id.endsWith("Z")) {
            return LocalDateTime.ofInstant(Instant.parse(id), zone);
        }
        return id.length() == 10 ? LocalDate.parse(id).atStartOfDay() : LocalDateTime.parse(id);
    }

    /** The wall-clock end Reachable gives the occurrence in {@code slot}. */
    static LocalDateTime wallEnd(ScheduleEntry e, LocalDateTime slot) {
        if (e instanceof DayOff d) {
            return d.last().plusDays(1).atStartOfDay();
        }
        Object when = e instanceof ReachableWindow w ? w.when()
                : e instanceof FocusBlock f ? f.when() : ((ExtraWindow) e).when();
        if (when instanceof Dated dated) {
            return dated.end();
        }
        Weekly weekly = (Weekly) when;
        LocalDate endDate = weekly.times().crossesMidnight() ? slot.toLocalDate().plusDays(1) : slot.toLocalDate();
        return endDate.atTime(weekly.times().end());
    }

    /**
     * What ical.js 2.x makes of a wall-clock time with a TZID (ICAL.Timezone#utcOffset): in a gap and
     * in an overlap it takes the offset after the change.
     */
    static Instant icalJsReads(LocalDateTime wall, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition t = rules.getTransition(wall);
        ZoneOffset offset = t != null ? t.getOffsetAfter() : rules.getOffset(wall);
        return wall.toInstant(offset);
    }

    /** What RFC 5545 §3.3.5 makes of a wall-clock time, worked out by hand from the zone's rules. */
    static Instant rfcReads(LocalDateTime wall, ZoneId zone) {
        return Rfc5545.wallClock(wall, zone);
    }

    /**
     * Why the agenda ({@code r}) and ical.js ({@code j}) disagree on {@code slot}: ical.js must have
     * given exactly what the model of it predicts, and each differing end of the occurrence must have
     * a known cause. Empty when that fails.
     */
    static Set<Kind> explain(ZoneId zone, ScheduleEntry entry, LocalDateTime slot, Slotted r, Slotted j) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        ZoneRules rules = zone.getRules();
        LocalDateTime wallEnd = wallEnd(entry, slot);
        // The model of ical.js: the start as it reads the slot; the end as it reads DTEND (once), or
        // (weekly) the slot's wall-clock time plus the file's DURATION, the usual length, added to
        // the wall-clock fields (ICAL.Time#addDuration): the wall-clock end, read the same way.
        Weekly weekly = weeklyOf(entry);
        LocalDateTime icalJsWallEnd = weekly != null ? slot.plus(weekly.times().length()) : wallEnd;
        Instant modelStart = icalJsReads(slot, zone);
        Instant modelEnd = icalJsReads(icalJsWallEnd, zone);
        if (j == null || !j.start().equals(modelStart) || !j.end().equals(modelEnd)) {
            return kinds; // ical.js did something the model does not know
        }
        if (r == null) {
            if (!rfcReads(slot, zone).isBefore(rfcReads(wallEnd, zone))) {
                kinds.add(Kind.WHOLLY_IN_GAP);
            }
            return kinds;
        }
        // RFC 5545's end: a single event's DTEND read as a wall-clock time (§3.3.5); a weekly one's
        // DTSTART plus the exact duration of its DURATION (§3.3.6)
        Instant rfcEnd = weekly != null ? rfcReads(slot, zone).plus(weekly.times().length())
                : rfcReads(wallEnd, zone);
        boolean explained = true;
        if (!r.start().equals(j.start())) {
            int offsets = rules.getValidOffsets(slot).size();
            if (!r.start().equals(rfcReads(slot, zone))) {
                explained = false; // a known ical.js reading, but Reachable's own is not the RFC's either
            } else if (offsets == 0) {
                kinds.add(Kind.START_IN_GAP);
            } else if (offsets == 2) {
                kinds.add(Kind.START_IN_OVERLAP);
            } else {
                explained = false;
            }
        }
        if (!r.end().equals(j.end())) {
            int offsets = rules.getValidOffsets(wallEnd).size();
            if (!icalJsWallEnd.equals(wallEnd)) {
                explained = false; // ical.js meant another wall-clock end than Reachable's
            } else if (!r.end().equals(rfcEnd)) {
                explained = false; // Reachable's end is not the RFC's reading of the file's end
            } else if (offsets == 0) {
                kinds.add(Kind.END_IN_GAP);
            } else if (offsets == 2) {
                kinds.add(Kind.END_IN_OVERLAP);
            } else {
                explained = false;
            }
        }
        return explained ? kinds : EnumSet.noneOf(Kind.class);
    }

    static Weekly weeklyOf(ScheduleEntry e) {
        if (e instanceof ReachableWindow w) {
            return w.when();
        }
        if (e instanceof FocusBlock f && f.when() instanceof Weekly weekly) {
            return weekly;
        }
        return null;
    }
}
