package org.reachable.domain.model;

import java.time.Instant;
import java.util.Objects;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * The user's manual status from {@code setAt} until {@code until} (exclusive), or until cleared
 * when {@code until} is null. Fixing the end when it is set keeps the CLI and the tray in agreement
 * even when the schedule changes meanwhile.
 */
public record ManualOverride(OverrideState state, ExpiryKind expiry, Instant setAt, Instant until) {

    public ManualOverride {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(setAt, "setAt");
        if ((until == null) != (expiry == ExpiryKind.UNTIL_CLEARED)) {
            throw new InvalidScheduleException(Problem.of(expiry == ExpiryKind.UNTIL_CLEARED
                    ? ProblemKind.OVERRIDE_NO_END : ProblemKind.OVERRIDE_NEEDS_END, expiry.name()));
        }
        if (until != null && !until.isAfter(setAt)) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.OVERRIDE_ENDS_BEFORE));
        }
    }

    public boolean activeAt(Instant t) {
        return !t.isBefore(setAt) && (until == null || t.isBefore(until));
    }
}
