package org.reachable.domain.edit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.reachable.domain.edit.ScheduleEdit.Action;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.model.InvalidScheduleException;

/**
 * The edits of a dated week that change one occurrence or the series' bounds, as calendar apps
 * make them: "only this week" (the occurrence moves, the pattern stays), a skipped week and its
 * restoring, an end date, every few weeks. Each keeps the entry's UID, so the file says it with
 * RECURRENCE-ID, EXDATE and UNTIL, and each is one {@link ScheduleEdit} that undo takes back whole.
 *
 * <p>A series kept in another zone (a stand-up at 10:00 New York time) stays in that zone: only
 * the one occurrence changes, its new times the home zone's as the week shows them. The dates
 * given are the home zone's; the series' own date of that occurrence is found from them.
 */
public final class OnceEdits {

    private OnceEdits() {
    }

    /** Only this week: the occurrence of {@code date} takes place from {@code start} to {@code end} instead. */
    public static ScheduleEdit moveOnce(Schedule schedule, String uid, LocalDate date, LocalDateTime start,
            LocalDateTime end) {
        return moveOnce(schedule, uid, date, start, end, Action.MOVE);
    }

    /** As {@link #moveOnce(Schedule, String, LocalDate, LocalDateTime, LocalDateTime)}, named for undo as {@code action} (a resize). */
    public static ScheduleEdit moveOnce(Schedule schedule, String uid, LocalDate date, LocalDateTime start,
            LocalDateTime end, Action action) {
        Weekly weekly = occurringOn(schedule, uid, date);
        Dated to = new Dated(start, end);
        ZoneId home = schedule.zone();
        if (weekly.zone() != null && !weekly.zone().equals(home)) {
            // in the series' zone, as schedule.ics reads it back (RECURRENCE-ID and DTSTART with its TZID)
            to = new Dated(ZonedDateTime.of(start, home).withZoneSameInstant(weekly.zone()).toLocalDateTime(),
                    ZonedDateTime.of(end, home).withZoneSameInstant(weekly.zone()).toLocalDateTime(), weekly.zone());
        }
        return replace(schedule, uid, action, weekly.series().moving(own(weekly, schedule, date), to));
    }

    /**
     * Skips the occurrence of {@code date} (this week it does not take place); an added date that the
     * rule does not give is dropped instead (no EXDATE for a date the rule never had).
     */
    public static ScheduleEdit skip(Schedule schedule, String uid, LocalDate date) {
        Weekly weekly = occurringOn(schedule, uid, date);
        LocalDate own = own(weekly, schedule, date);
        return replace(schedule, uid, Action.DELETE, weekly.inPattern(own) ? weekly.series().skipping(own)
                : weekly.series().dropping(own));
    }

    /** Brings back the occurrence of {@code date} as the pattern has it (after a skip or a move). */
    public static ScheduleEdit restore(Schedule schedule, String uid, LocalDate date) {
        Weekly weekly = WeekEdits.weekly(stored(schedule, uid));
        return replace(schedule, uid, Action.RESTORE, weekly.series().restoring(own(weekly, schedule, date)));
    }

    /** The series ends after {@code last} (inclusive); null: it runs on. */
    public static ScheduleEdit endOn(Schedule schedule, String uid, LocalDate last) {
        Weekly weekly = WeekEdits.weekly(stored(schedule, uid));
        if (last != null && last.isBefore(weekly.since())) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.SERIES_ENDS_BEFORE_START, last, weekly.since()));
        }
        return replace(schedule, uid, Action.CHANGE, weekly.series().withUntil(last));
    }

    /** Every {@code weeks}th week from the entry's first week (1: every week). */
    public static ScheduleEdit everyWeeks(Schedule schedule, String uid, int weeks) {
        Weekly weekly = WeekEdits.weekly(stored(schedule, uid));
        return replace(schedule, uid, Action.CHANGE, weekly.series().withWeeks(weeks));
    }

    private static Weekly occurringOn(Schedule schedule, String uid, LocalDate date) {
        Weekly weekly = WeekEdits.weekly(stored(schedule, uid));
        if (!weekly.givesOn(own(weekly, schedule, date))) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.SERIES_NOT_ON, uid, date));
        }
        return weekly;
    }

    private static ScheduleEdit replace(Schedule schedule, String uid, Action action, Series series) {
        ScheduleEntry entry = stored(schedule, uid);
        return ScheduleEdit.replace(action, entry,
                WeekEdits.with(entry, uid, WeekEdits.weekly(entry).withSeries(series)));
    }

    /**
     * The entry as schedule.ics has it, a zone of its own included ({@link WeekEdits#find} gives a
     * series of another zone at its usual home times, which an edit of one week would make the
     * series' times for good).
     */
    private static ScheduleEntry stored(Schedule schedule, String uid) {
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry.uid().equals(uid)) {
                return entry;
            }
        }
        throw new InvalidScheduleException(Problem.of(ProblemKind.ENTRY_GONE, uid));
    }

    /** The series' own date of the occurrence the home zone shows on {@code date} (the same date unless it has a zone of its own). */
    private static LocalDate own(Weekly weekly, Schedule schedule, LocalDate date) {
        ZoneId home = schedule.zone();
        if (weekly.zone() == null || weekly.zone().equals(home)) {
            return date;
        }
        for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
            if (weekly.givesOn(d) && ZonedDateTime.of(d, weekly.times().start(), weekly.zone())
                    .withZoneSameInstant(home).toLocalDate().equals(date)) {
                return d;
            }
        }
        return date;
    }
}
