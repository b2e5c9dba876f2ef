package org.reachable.domain.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.status.StatusResolver;

/**
 * Turns "focus for 2 hours", "focus until the next window", "available until the next change"
 * into an override with a fixed end, computed from what the schedule alone says.
 */
public final class OverridePlanner {

    private final StatusResolver schedule;

    public OverridePlanner(StatusResolver resolver) {
        this.schedule = resolver.scheduleOnly();
    }

    /** For a duration; the end is rounded up to a whole minute, so "focus 1h" reads "until 11:43". */
    public ManualOverride forDuration(OverrideState state, Duration duration, Instant now) {
        Instant end = now.plus(duration);
        Instant minute = end.truncatedTo(ChronoUnit.MINUTES);
        return new ManualOverride(state, ExpiryKind.DURATION, start(now), minute.equals(end) ? end
                : minute.plus(Duration.ofMinutes(1)));
    }

    /** Overrides start at a whole second: files and JSON stay readable, and nothing hinges on less. */
    private static Instant start(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Focus until the schedule next makes the user reachable (after the current window, if any). */
    public ManualOverride focusUntilNextWindow(Instant now) {
        Instant end = schedule.nextWindowStart(now).orElseThrow(() -> new InvalidScheduleException(Problem.of(ProblemKind.NO_WINDOW_AHEAD)));
        return new ManualOverride(OverrideState.FOCUS, ExpiryKind.UNTIL_NEXT_WINDOW, start(now), end);
    }

    /** Available until the schedule's status next changes. */
    public ManualOverride availableUntilNextChange(Instant now) {
        Instant end = schedule.nextChange(now).orElseThrow(() -> new InvalidScheduleException(Problem.of(ProblemKind.NO_CHANGE_AHEAD)));
        return new ManualOverride(OverrideState.AVAILABLE, ExpiryKind.UNTIL_NEXT_CHANGE, start(now), end);
    }

    /** Until midnight at the end of today in the home zone. */
    public ManualOverride untilEndOfDay(OverrideState state, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, schedule.zone());
        return new ManualOverride(state, ExpiryKind.END_OF_DAY, start(now),
                today.plusDays(1).atStartOfDay(schedule.zone()).toInstant());
    }

    public ManualOverride untilCleared(OverrideState state, Instant now) {
        return new ManualOverride(state, ExpiryKind.UNTIL_CLEARED, start(now), null);
    }
}
