package org.reachable.domain.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Every week on {@code days}, from {@code since} on. {@code since} is moved to the first of
 * {@code days} on or after it, so that two equal schedules are equal records (and so that an
 * exported DTSTART is an occurrence, as RFC 5545 wants).
 */
public record Weekly(Set<DayOfWeek> days, TimeRange times, LocalDate since) implements Recurrence {

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
    }

    public static Weekly of(Set<DayOfWeek> days, TimeRange times) {
        return new Weekly(days, times, null);
    }

    public boolean occursOn(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !date.isBefore(since);
    }

    /** The Monday of the week {@code since} falls in; handy for anchoring a week view. */
    public LocalDate weekOfSince() {
        return since.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
