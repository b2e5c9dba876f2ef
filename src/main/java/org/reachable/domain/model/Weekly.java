package org.reachable.domain.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Objects;
import java.util.Set;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Every week on {@code days}, from {@code since} on, as {@code series} says (every other week, an
 * end date, skipped, added and moved occurrences; {@link Series#EVERY_WEEK} for a plain pattern).
 * {@code since} is moved to the first of {@code days} on or after it, so that two equal schedules
 * are equal records (and so that an exported DTSTART is an occurrence, as RFC 5545 wants).
 *
 * <p>The days, times and dates are in the home zone, or, for a series that came from elsewhere with
 * a zone of its own (a weekly call at 14:00 Europe/London imported into an Amsterdam schedule), in
 * {@code zone}: such a series keeps its zone and its instants, also across clock changes that the
 * two zones make on different dates and when the home zone changes (DESIGN.md, Time). Its home
 * times may then differ from week to week; {@link HomeWeek} gives them.
 *
 * @param zone the series' own zone; null for the home zone (every entry made in the app)
 */
public record Weekly(Set<DayOfWeek> days, TimeRange times, LocalDate since, Series series, ZoneId zone)
        implements Recurrence {

    /** Far enough back that a schedule made without a start date covers any agenda a user asks for. */
    public static final LocalDate EPOCH = LocalDate.of(2000, 1, 3);

    public Weekly {
        Objects.requireNonNull(times, "times");
        if (days == null || days.isEmpty()) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.WEEKLY_NO_DAY));
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        LocalDate from = since == null ? EPOCH : since;
        LocalDate first = from;
        for (int i = 0; i < 7 && !days.contains(first.getDayOfWeek()); i++) {
            first = first.plusDays(1);
        }
        since = first;
        series = series == null ? Series.EVERY_WEEK : withoutRedundantDates(series, days, first);
    }

    /**
     * An added date the rule gives anyway adds nothing (ical.js would list it twice), and one that is
     * also skipped does not take place (RFC 5545: EXDATE removes what RRULE and RDATE give): neither
     * is kept, so two schedules that mean the same are equal.
     */
    private static Series withoutRedundantDates(Series series, Set<DayOfWeek> days, LocalDate since) {
        if (series.added().isEmpty()) {
            return series;
        }
        Weekly plain = new Weekly(days, TimeRange.of("00:00", "00:01"), since,
                new Series(series.weeks(), series.until(), Set.of(), Set.of(), Map.of()));
        Set<LocalDate> added = new TreeSet<>();
        for (LocalDate date : series.added()) {
            if (!plain.inPattern(date) && !series.skipped().contains(date)) {
                added.add(date);
            }
        }
        return added.equals(series.added()) ? series
                : new Series(series.weeks(), series.until(), series.skipped(), added, series.moved());
    }

    /** In the home zone. */
    public Weekly(Set<DayOfWeek> days, TimeRange times, LocalDate since, Series series) {
        this(days, times, since, series, null);
    }

    /** Every week on {@code days} from {@code since}, without end or exceptions, in the home zone. */
    public Weekly(Set<DayOfWeek> days, TimeRange times, LocalDate since) {
        this(days, times, since, Series.EVERY_WEEK, null);
    }

    /** The zone its days and times are read in: its own, else {@code home}. */
    public ZoneId zoneOr(ZoneId home) {
        return zone == null ? home : zone;
    }

    /** The same series in {@code own} zone (null: the home zone). */
    public Weekly withZone(ZoneId own) {
        return new Weekly(days, times, since, series, own);
    }

    public static Weekly of(Set<DayOfWeek> days, TimeRange times) {
        return new Weekly(days, times, null);
    }

    /**
     * Other days and times, the same first week and the same series: an edit "for every week". A
     * skipped or moved occurrence of a day the entry no longer has goes with that day (a day split
     * off into an entry of its own takes none of the others' exceptions): no RECURRENCE-ID or EXDATE
     * is left pointing at an occurrence the rule does not give.
     */
    public Weekly with(Set<DayOfWeek> newDays, TimeRange newTimes) {
        if (series.skipped().isEmpty() && series.moved().isEmpty() || newDays.containsAll(days)) {
            return new Weekly(newDays, newTimes, weekOfSince(), series, zone);
        }
        Set<LocalDate> skipped = new TreeSet<>();
        for (LocalDate date : series.skipped()) {
            if (newDays.contains(date.getDayOfWeek())) {
                skipped.add(date);
            }
        }
        Map<LocalDate, Dated> moved = new java.util.TreeMap<>();
        series.moved().forEach((date, to) -> {
            if (newDays.contains(date.getDayOfWeek())) {
                moved.put(date, to);
            }
        });
        return new Weekly(newDays, newTimes, weekOfSince(),
                new Series(series.weeks(), series.until(), skipped, series.added(), moved), zone);
    }

    public Weekly withSeries(Series newSeries) {
        return new Weekly(days, times, since, newSeries, zone);
    }

    /**
     * Whether the entry takes place at its usual times on {@code date}: one of its days, in a week
     * the series counts, from its first to its last date, not skipped or moved away; or an added date.
     */
    public boolean occursOn(LocalDate date) {
        if (series.isEveryWeek()) {
            return days.contains(date.getDayOfWeek()) && !date.isBefore(since);
        }
        if (series.skipped().contains(date) || series.moved().containsKey(date)) {
            return false;
        }
        return series.added().contains(date) || inPattern(date);
    }

    /** Whether the rule itself (before skipped, moved and added dates) gives an occurrence on {@code date}. */
    public boolean inPattern(LocalDate date) {
        if (!days.contains(date.getDayOfWeek()) || date.isBefore(since)
                || series.until() != null && date.isAfter(series.until())) {
            return false;
        }
        return series.weeks() == 1 || ChronoUnit.WEEKS.between(weekOfSince(),
                date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) % series.weeks() == 0;
    }

    /**
     * Whether the series gives an occurrence on {@code date} before it is skipped or moved: the rule
     * does, or it is an added date (RDATE). Such an occurrence can be moved (RECURRENCE-ID).
     */
    public boolean givesOn(LocalDate date) {
        return inPattern(date) || series.added().contains(date);
    }

    /** The occurrences moved to start on {@code date}, at their new times. */
    public List<Dated> movedTo(LocalDate date) {
        if (series.moved().isEmpty()) {
            return List.of();
        }
        List<Dated> found = new ArrayList<>(1);
        series.moved().forEach((from, to) -> {
            if (to.start().toLocalDate().equals(date) && givesOn(from)) {
                found.add(to);
            }
        });
        return found;
    }

    /** The Monday of the week {@code since} falls in; handy for anchoring a week view. */
    public LocalDate weekOfSince() {
        return since.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
