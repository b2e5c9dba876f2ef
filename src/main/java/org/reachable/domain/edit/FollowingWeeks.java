package org.reachable.domain.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.Weekly;

/**
 * "This and following weeks", as Google Calendar and Outlook do it: the series ends (UNTIL) on its
 * last date before the occurrence changed, and a new series (a new UID, the same rule) takes over
 * from that occurrence with the change; a Monday-to-Friday entry changed on Wednesday keeps that
 * week's Monday and Tuesday as they were. What the old series had on or after that date (skipped,
 * moved and added dates) goes with the new one; the end date, if any, and a zone of its own too. Split and change are one
 * {@link ScheduleEdit}, so one Undo takes both back.
 */
public final class FollowingWeeks {

    private FollowingWeeks() {
    }

    /**
     * The series {@code uid} ended before {@code from} (the occurrence changed) and continued under
     * {@code newUid} from its first date on or after it; empty when the series has no date before
     * it (then "this and following weeks" is every week).
     */
    public static Optional<ScheduleEdit> split(Schedule schedule, String uid, LocalDate from, String newUid) {
        ScheduleEntry entry = WeekEdits.find(schedule, uid);
        Weekly when = WeekEdits.weekly(entry);
        Series series = when.series();
        Optional<LocalDate> last = lastBefore(when, from);
        Optional<LocalDate> first = firstFrom(when, from);
        if (last.isEmpty() || first.isEmpty()) {
            return Optional.empty();
        }
        Set<LocalDate> skippedBefore = new TreeSet<>();
        Set<LocalDate> skippedAfter = new TreeSet<>();
        series.skipped().forEach(d -> (d.isBefore(from) ? skippedBefore : skippedAfter).add(d));
        Set<LocalDate> addedBefore = new TreeSet<>();
        Set<LocalDate> addedAfter = new TreeSet<>();
        series.added().forEach(d -> (d.isBefore(from) ? addedBefore : addedAfter).add(d));
        Map<LocalDate, Dated> movedBefore = new TreeMap<>();
        Map<LocalDate, Dated> movedAfter = new TreeMap<>();
        series.moved().forEach((d, to) -> (d.isBefore(from) ? movedBefore : movedAfter).put(d, to));
        Weekly ended = new Weekly(when.days(), when.times(), when.since(),
                new Series(series.weeks(), last.get(), skippedBefore, addedBefore, movedBefore), when.zone());
        Weekly following = new Weekly(when.days(), when.times(), first.get(),
                new Series(series.weeks(), series.until(), skippedAfter, addedAfter, movedAfter), when.zone());
        return Optional.of(new ScheduleEdit(ScheduleEdit.Action.CHANGE, List.of(entry),
                List.of(WeekEdits.with(entry, uid, ended), WeekEdits.with(entry, newUid, following))));
    }

    /**
     * {@code first}, then {@code next} (made on the schedule {@code first} left), as one edit named
     * as {@code next}: the entries both touched, as they were before and as they are after.
     */
    public static ScheduleEdit both(Schedule schedule, ScheduleEdit first, ScheduleEdit next) {
        Schedule after = next.applyTo(first.applyTo(schedule));
        Set<String> touched = new LinkedHashSet<>();
        for (List<ScheduleEntry> list : List.of(first.before(), first.after(), next.before(), next.after())) {
            list.forEach(e -> touched.add(e.uid()));
        }
        List<ScheduleEntry> was = new ArrayList<>();
        schedule.entries().stream().filter(e -> touched.contains(e.uid())).forEach(was::add);
        List<ScheduleEntry> now = new ArrayList<>();
        after.entries().stream().filter(e -> touched.contains(e.uid())).forEach(now::add);
        return new ScheduleEdit(next.action(), was, now);
    }

    /**
     * {@code change} (made on the continued series) with each series it made begin no earlier than
     * {@code from}: an edit for every week counts from the start of the series' first week (a day
     * added early in that week takes place that week), which for a series split mid-week would give
     * the days before the split twice, once in each series. Entries that were in {@code original}
     * (one the day joined) keep their start.
     */
    public static ScheduleEdit notBefore(ScheduleEdit change, Schedule original, LocalDate from) {
        Set<String> existing = new java.util.HashSet<>();
        original.entries().forEach(e -> existing.add(e.uid()));
        List<ScheduleEntry> after = new ArrayList<>();
        for (ScheduleEntry e : change.after()) {
            if (!existing.contains(e.uid()) && WeekEdits.isWeekly(e) && WeekEdits.weekly(e).since().isBefore(from)) {
                Weekly w = WeekEdits.weekly(e);
                e = WeekEdits.with(e, e.uid(), new Weekly(w.days(), w.times(), from, w.series(), w.zone()));
            }
            after.add(e);
        }
        return new ScheduleEdit(change.action(), change.before(), after);
    }

    /** The rule's last date before {@code from} (an added date before it counts too). */
    private static Optional<LocalDate> lastBefore(Weekly when, LocalDate from) {
        LocalDate found = null;
        for (LocalDate d = from.minusDays(1); !d.isBefore(when.since())
                && d.isAfter(from.minusWeeks(when.series().weeks() + 1L)); d = d.minusDays(1)) {
            if (when.inPattern(d)) {
                found = d;
                break;
            }
        }
        for (LocalDate d : when.series().added()) {
            if (d.isBefore(from) && (found == null || d.isAfter(found))) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The rule's first date on or after {@code from}: the new series starts there, in step with the old. */
    private static Optional<LocalDate> firstFrom(Weekly when, LocalDate from) {
        for (LocalDate d = from; d.isBefore(from.plusWeeks(when.series().weeks())); d = d.plusDays(1)) {
            if (when.inPattern(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
