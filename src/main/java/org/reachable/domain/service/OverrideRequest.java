package org.reachable.domain.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;

/**
 * What the user asks of their status by hand ("focus for an hour", "back to the schedule"), in the
 * domain's words: whoever asks (the tray, a window, a command) maps its own controls to one of these.
 */
public sealed interface OverrideRequest {

    /**
     * The override this asks for at {@code now}; empty when it asks for none (back to the schedule).
     *
     * @throws org.reachable.domain.model.InvalidScheduleException when the schedule gives no end
     */
    Optional<ManualOverride> plan(OverridePlanner planner, Instant now);

    /** Focus or available for a while: "focus for 30 minutes". */
    record For(OverrideState state, Duration duration) implements OverrideRequest {
        public For {
            Objects.requireNonNull(state);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("An override lasts a while, not " + duration);
            }
        }

        @Override
        public Optional<ManualOverride> plan(OverridePlanner planner, Instant now) {
            return Optional.of(planner.forDuration(state, duration, now));
        }
    }

    /** Focus until the schedule next makes the user reachable. */
    record FocusUntilNextWindow() implements OverrideRequest {
        @Override
        public Optional<ManualOverride> plan(OverridePlanner planner, Instant now) {
            return Optional.of(planner.focusUntilNextWindow(now));
        }
    }

    /** Available until the schedule's status next changes. */
    record AvailableUntilNextChange() implements OverrideRequest {
        @Override
        public Optional<ManualOverride> plan(OverridePlanner planner, Instant now) {
            return Optional.of(planner.availableUntilNextChange(now));
        }
    }

    /** Until midnight in the home zone. */
    record UntilEndOfDay(OverrideState state) implements OverrideRequest {
        public UntilEndOfDay {
            Objects.requireNonNull(state);
        }

        @Override
        public Optional<ManualOverride> plan(OverridePlanner planner, Instant now) {
            return Optional.of(planner.untilEndOfDay(state, now));
        }
    }

    /** Until the user clears it. */
    record UntilCleared(OverrideState state) implements OverrideRequest {
        public UntilCleared {
            Objects.requireNonNull(state);
        }

        @Override
        public Optional<ManualOverride> plan(OverridePlanner planner, Instant now) {
            return Optional.of(planner.untilCleared(state, now));
        }
    }

    /** Ends the override: the schedule decides again. */
    record BackToSchedule() implements OverrideRequest {
        @Override
        public Optional<ManualOverride> plan(OverridePlanner planner, Instant now) {
            return Optional.empty();
        }
    }
}
