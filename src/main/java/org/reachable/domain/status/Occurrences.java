package org.reachable.domain.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;

/**
 * Turns the schedule's wall-clock entries into absolute occurrences. The one place that decides
 * what a wall-clock time means on a DST day, so the status, the agenda and the export agree:
 * {@link ZonedDateTime#of} shifts a time in a gap forward and takes the earlier offset in an overlap.
 * An occurrence that ends up empty (a window lying wholly in a DST gap) does not happen that day.
 */
public final class Occurrences {

    /** Keeps the per-day cache bounded over a long-running app; a few years of days. */
    private static final int CACHE_LIMIT = 4096;

    static final Comparator<Occurrence> BY_START = Comparator.comparing(Occurrence::start)
            .thenComparing(o -> o.entry().kind())
            .thenComparing(o -> o.entry().uid());

    private final ZoneId zone;
    private final List<ScheduleEntry> entries;
    private final List<ScheduleEntry> weeklyEntries = new ArrayList<>();
    private final List<Occurrence> dated = new ArrayList<>();
    private final Map<LocalDate, List<Occurrence>> weeklyByDate = new ConcurrentHashMap<>();
    /** Start of each dated occurrence (epoch seconds), for binary search: a big import stays fast. */
    private final long[] datedStarts;
    private final long longestDatedSeconds;

    public Occurrences(Schedule schedule) {
        this.zone = schedule.zone();
        this.entries = schedule.entries();
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry instanceof DayOff off) {
                dated.add(new Occurrence(off, startOfDay(off.first()), startOfDay(off.last().plusDays(1))));
            } else if (entry instanceof ExtraWindow extra) {
                addDated(extra, extra.when());
            } else if (entry instanceof FocusBlock focus && focus.when() instanceof Dated when) {
                addDated(focus, when);
            } else {
                weeklyEntries.add(entry);
            }
        }
        dated.sort(BY_START);
        datedStarts = new long[dated.size()];
        long longest = 0;
        for (int i = 0; i < dated.size(); i++) {
            Occurrence o = dated.get(i);
            datedStarts[i] = o.start().getEpochSecond();
            longest = Math.max(longest, o.end().getEpochSecond() - o.start().getEpochSecond() + 1);
        }
        longestDatedSeconds = longest;
    }

    public List<ScheduleEntry> entries() {
        return entries;
    }

    public ZoneId zone() {
        return zone;
    }

    private void addDated(ScheduleEntry entry, Dated when) {
        ZoneId own = when.zoneOr(zone); // an imported entry may keep a zone of its own
        Instant start = ZonedDateTime.of(when.start(), own).toInstant();
        Instant end = ZonedDateTime.of(when.end(), own).toInstant();
        if (end.isAfter(start)) {
            dated.add(new Occurrence(entry, start, end));
        }
    }

    public Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** Occurrences of weekly entries that start on {@code date} (local), in schedule order. */
    public List<Occurrence> weeklyOn(LocalDate date) {
        List<Occurrence> cached = weeklyByDate.get(date);
        if (cached != null) {
            return cached;
        }
        List<Occurrence> list = new ArrayList<>(4);
        for (ScheduleEntry entry : weeklyEntries) {
            Weekly weekly = entry instanceof ReachableWindow w ? w.when() : (Weekly) ((FocusBlock) entry).when();
            if (weekly.zone() != null) {
                ownZoneOn(entry, weekly, date, list);
                continue;
            }
            if (weekly.occursOn(date)) {
                Instant start = ZonedDateTime.of(date, weekly.times().start(), zone).toInstant();
                LocalDate endDate = weekly.times().crossesMidnight() ? date.plusDays(1) : date;
                Instant end = ZonedDateTime.of(endDate, weekly.times().end(), zone).toInstant();
                if (end.isAfter(start)) {
                    list.add(new Occurrence(entry, start, end));
                }
            }
            for (Dated moved : weekly.movedTo(date)) {
                // one occurrence at other times ("only this week"), counted on the day it now starts
                Instant start = ZonedDateTime.of(moved.start(), moved.zoneOr(zone)).toInstant();
                Instant end = ZonedDateTime.of(moved.end(), moved.zoneOr(zone)).toInstant();
                if (end.isAfter(start)) {
                    list.add(new Occurrence(entry, start, end));
                }
            }
        }
        List<Occurrence> result = List.copyOf(list);
        if (weeklyByDate.size() > CACHE_LIMIT) {
            weeklyByDate.clear();
        }
        weeklyByDate.put(date, result);
        return result;
    }

    /**
     * The occurrences starting on home date {@code date} of a series that keeps a zone of its own
     * (DESIGN.md, Time): each taken at its own zone's wall-clock times, so it keeps its instants
     * whatever the home zone's clocks do. An occurrence on the series' date before or after may
     * start on this home date.
     */
    private void ownZoneOn(ScheduleEntry entry, Weekly weekly, LocalDate date, List<Occurrence> list) {
        ZoneId own = weekly.zone();
        for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
            if (weekly.occursOn(d)) {
                ZonedDateTime start = ZonedDateTime.of(d, weekly.times().start(), own);
                if (start.withZoneSameInstant(zone).toLocalDate().equals(date)) {
                    LocalDate endDate = weekly.times().crossesMidnight() ? d.plusDays(1) : d;
                    Instant end = ZonedDateTime.of(endDate, weekly.times().end(), own).toInstant();
                    if (end.isAfter(start.toInstant())) {
                        list.add(new Occurrence(entry, start.toInstant(), end));
                    }
                }
            }
        }
        weekly.series().moved().forEach((from, to) -> {
            ZoneId at = to.zoneOr(zone);
            ZonedDateTime start = ZonedDateTime.of(to.start(), at);
            if (weekly.givesOn(from) && start.withZoneSameInstant(zone).toLocalDate().equals(date)) {
                Instant end = ZonedDateTime.of(to.end(), at).toInstant();
                if (end.isAfter(start.toInstant())) {
                    list.add(new Occurrence(entry, start.toInstant(), end));
                }
            }
        });
    }

    /** Dated occurrences (days off, extra windows, one-off focus blocks), sorted by start. */
    public List<Occurrence> dated() {
        return dated;
    }

    /**
     * The dated occurrences that may overlap [from, to): those starting from the longest dated
     * occurrence's length before {@code from} up to {@code to}. A superset; callers test each.
     */
    public List<Occurrence> datedNear(Instant from, Instant to) {
        int lo = firstStartAtOrAfter(from.getEpochSecond() - longestDatedSeconds);
        int hi = firstStartAtOrAfter(to.getEpochSecond() + 1);
        return dated.subList(lo, Math.max(lo, hi));
    }

    private int firstStartAtOrAfter(long second) {
        int lo = 0;
        int hi = datedStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (datedStarts[mid] < second) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Every occurrence whose start lies in [from, to), sorted by start. */
    public List<Occurrence> startingBetween(Instant from, Instant to) {
        List<Occurrence> result = new ArrayList<>();
        if (!to.isAfter(from)) {
            return result;
        }
        LocalDate first = LocalDate.ofInstant(from, zone).minusDays(1);
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            for (Occurrence o : weeklyOn(d)) {
                if (!o.start().isBefore(from) && o.start().isBefore(to)) {
                    result.add(o);
                }
            }
        }
        for (Occurrence o : dated) {
            if (!o.start().isBefore(from) && o.start().isBefore(to)) {
                result.add(o);
            }
        }
        result.sort(BY_START);
        return result;
    }
}
