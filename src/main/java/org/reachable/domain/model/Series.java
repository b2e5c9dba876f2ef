package org.reachable.domain.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * How a weekly entry departs from "every week, for ever", as calendar apps write it: every
 * {@code weeks}th week (RRULE INTERVAL), up to and including {@code until} (UNTIL, or COUNT worked
 * out to its last date), without the {@code skipped} dates (EXDATE, or a cancelled occurrence),
 * with the {@code added} dates (RDATE, at the entry's usual times), and with single occurrences
 * {@code moved} from their own date to other times (RECURRENCE-ID). The dates are dates in the zone of
 * the {@link Weekly} they belong to (the home zone, unless it keeps a zone of its own); a moved
 * occurrence's times are in its {@link Dated#zone()}, the home zone when it has none.
 */
public record Series(int weeks, LocalDate until, Set<LocalDate> skipped, Set<LocalDate> added,
        Map<LocalDate, Dated> moved) {

    /** Every week, no end, no exceptions. */
    public static final Series EVERY_WEEK = new Series(1, null, Set.of(), Set.of(), Map.of());

    public Series {
        if (weeks < 1) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.SERIES_WEEKS, weeks));
        }
        skipped = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNullElse(skipped, Set.of())));
        added = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNullElse(added, Set.of())));
        moved = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(moved, Map.of())));
    }

    /** Every week, no end, no exceptions: the status's hot path asks this for every entry and day. */
    public boolean isEveryWeek() {
        return weeks == 1 && until == null && skipped.isEmpty() && added.isEmpty() && moved.isEmpty();
    }

    public Series withUntil(LocalDate last) {
        return new Series(weeks, last, skipped, added, moved);
    }

    public Series withWeeks(int every) {
        return new Series(every, until, skipped, added, moved);
    }

    /** This series without the occurrence of {@code date} (a skipped week). */
    public Series skipping(LocalDate date) {
        Set<LocalDate> more = new TreeSet<>(skipped);
        more.add(date);
        Map<LocalDate, Dated> rest = new TreeMap<>(moved);
        rest.remove(date);
        return new Series(weeks, until, more, added, rest);
    }

    /** This series with the occurrence of {@code date} back as the pattern has it. */
    public Series restoring(LocalDate date) {
        Set<LocalDate> fewer = new TreeSet<>(skipped);
        fewer.remove(date);
        Map<LocalDate, Dated> rest = new TreeMap<>(moved);
        rest.remove(date);
        return new Series(weeks, until, fewer, added, rest);
    }

    /** This series without the added date {@code date} (an extra date deleted "only this week"). */
    public Series dropping(LocalDate date) {
        Set<LocalDate> fewer = new TreeSet<>(added);
        fewer.remove(date);
        Map<LocalDate, Dated> rest = new TreeMap<>(moved);
        rest.remove(date);
        return new Series(weeks, until, skipped, fewer, rest);
    }

    /** This series with the occurrence of {@code date} at other times ("only this week"). */
    public Series moving(LocalDate date, Dated to) {
        Map<LocalDate, Dated> more = new TreeMap<>(moved);
        more.put(date, to);
        Set<LocalDate> fewer = new TreeSet<>(skipped);
        fewer.remove(date);
        return new Series(weeks, until, fewer, added, more);
    }
}
