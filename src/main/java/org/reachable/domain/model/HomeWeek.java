package org.reachable.domain.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A weekly series that keeps a zone of its own, seen on the home clock. Its home times are not one
 * week's pattern: a call at 10:00 New York time is 16:00 in Amsterdam most of the year, but 15:00
 * in the weeks of March and October/November when only one of the two zones keeps summer time.
 * So the home view belongs to a week ({@link #inWeekOf}), and the screens, edits and texts that
 * show a usual week take the home times most weeks of a year have ({@link #usual}).
 *
 * <p>The status, the agenda and the Sieve script never need this: they take each occurrence's
 * instants in the series' own zone ({@code Occurrences}).
 */
public final class HomeWeek {

    /** How many weeks {@link #usual} counts. */
    static final int WEEKS = 52;
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    private HomeWeek() {
    }

    /**
     * The series as home-zone times as they are in the week of {@code date} (its first day of the
     * week on or after {@code date}): days and times moved by that week's zone difference, dates
     * moved with a day when the difference takes the start past midnight. A series in the home
     * zone comes back as it is.
     */
    public static Weekly inWeekOf(Weekly weekly, ZoneId home, LocalDate date) {
        if (weekly.zone() == null || weekly.zone().equals(home)) {
            return weekly.zone() == null ? weekly : weekly.withZone(null);
        }
        LocalDate on = date;
        for (int i = 0; i < 7 && !weekly.days().contains(on.getDayOfWeek()); i++) {
            on = on.plusDays(1);
        }
        ZonedDateTime start = ZonedDateTime.of(on, weekly.times().start(), weekly.zone());
        ZonedDateTime end = ZonedDateTime.of(weekly.times().crossesMidnight() ? on.plusDays(1) : on,
                weekly.times().end(), weekly.zone());
        LocalDateTime homeStart = start.withZoneSameInstant(home).toLocalDateTime();
        LocalDateTime homeEnd = end.withZoneSameInstant(home).toLocalDateTime();
        int shift = (int) ChronoUnit.DAYS.between(on, homeStart.toLocalDate());
        if (!homeEnd.isAfter(homeStart) || !homeEnd.isBefore(homeStart.plusDays(1))) {
            homeEnd = homeStart.plus(weekly.times().length()); // a clock change ate it or made it a day
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : weekly.days()) {
            days.add(day.plus(shift));
        }
        Series s = weekly.series();
        Set<LocalDate> skipped = new TreeSet<>();
        s.skipped().forEach(d -> skipped.add(d.plusDays(shift)));
        Set<LocalDate> added = new TreeSet<>();
        s.added().forEach(d -> added.add(d.plusDays(shift)));
        Map<LocalDate, Dated> moved = new TreeMap<>();
        s.moved().forEach((d, to) -> moved.put(d.plusDays(shift), to.zone() == null ? to : to.at(home)));
        Series series = new Series(s.weeks(), s.until() == null ? null : s.until().plusDays(shift), skipped, added,
                moved);
        return new Weekly(days, new TimeRange(homeStart.toLocalTime(), homeEnd.toLocalTime()),
                weekly.since().plusDays(shift), series, null);
    }

    /**
     * The series as home-zone times as most weeks of a year have them (the earliest of equally common
     * ones): what a week's pattern, the table, an edit in the app and a text that describes the usual
     * week show. The weeks that differ are exceptions, as a day off is. The year counted is the one
     * from the series' first date, 2020 at the earliest: the answer depends on the two zones' rules,
     * not on the day it is asked, so the screens, the edits and the texts always agree.
     */
    public static Weekly usual(Weekly weekly, ZoneId home) {
        if (weekly.zone() == null || weekly.zone().equals(home)) {
            return inWeekOf(weekly, home, weekly.since());
        }
        LocalDate from = weekly.since().isAfter(FIRST) ? weekly.since() : FIRST;
        Map<Weekly, Integer> counts = new HashMap<>();
        List<Weekly> order = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            Weekly seen = inWeekOf(weekly, home, from.plusWeeks(week));
            if (counts.merge(seen, 1, Integer::sum) == 1) {
                order.add(seen);
            }
        }
        Weekly best = order.get(0);
        for (Weekly w : order) {
            if (counts.get(w) > counts.get(best)) {
                best = w;
            }
        }
        return best;
    }

    /** The schedule with each series of another zone as its {@link #usual} home times. */
    public static Schedule usual(Schedule schedule) {
        return map(schedule, w -> usual(w, schedule.zone()));
    }

    /** The entry as {@link #usual} home times when it is a series of another zone; else itself. */
    public static ScheduleEntry usual(ScheduleEntry entry, ZoneId home) {
        Weekly w = weekly(entry);
        if (w == null || w.zone() == null) {
            return entry;
        }
        if (entry instanceof ReachableWindow r) {
            return new ReachableWindow(r.uid(), r.summary(), usual(w, home), r.channels());
        }
        FocusBlock f = (FocusBlock) entry;
        return new FocusBlock(f.uid(), f.summary(), usual(w, home), f.channels());
    }

    /** The schedule with each series of another zone as its home times in the week of {@code date}. */
    public static Schedule inWeekOf(Schedule schedule, LocalDate date) {
        return map(schedule, w -> inWeekOf(w, schedule.zone(), date));
    }

    /** Whether any weekly entry keeps a zone of its own (most schedules: none, and nothing to do). */
    public static boolean hasOwnZones(Schedule schedule) {
        for (ScheduleEntry entry : schedule.entries()) {
            Weekly w = weekly(entry);
            if (w != null && w.zone() != null) {
                return true;
            }
        }
        return false;
    }

    private static Schedule map(Schedule schedule, java.util.function.UnaryOperator<Weekly> view) {
        if (!hasOwnZones(schedule)) {
            return schedule;
        }
        List<ScheduleEntry> entries = new ArrayList<>(schedule.entries().size());
        for (ScheduleEntry entry : schedule.entries()) {
            Weekly w = weekly(entry);
            if (w == null || w.zone() == null) {
                entries.add(entry);
            } else if (entry instanceof ReachableWindow r) {
                entries.add(new ReachableWindow(r.uid(), r.summary(), view.apply(w), r.channels()));
            } else {
                FocusBlock f = (FocusBlock) entry;
                entries.add(new FocusBlock(f.uid(), f.summary(), view.apply(w), f.channels()));
            }
        }
        return new Schedule(schedule.zone(), entries);
    }

    private static Weekly weekly(ScheduleEntry entry) {
        if (entry instanceof ReachableWindow r) {
            return r.when();
        }
        return entry instanceof FocusBlock f && f.when() instanceof Weekly w ? w : null;
    }
}
