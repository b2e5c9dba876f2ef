package org.reachable.domain.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.port.TrayAction;

/** Carries out the tray's "Focus now" and "Available now" choices on the running monitor. */
public final class ManualSwitch {

    private final StatusMonitor monitor;
    private final Clock clock;

    public ManualSwitch(StatusMonitor monitor, Clock clock) {
        this.monitor = monitor;
        this.clock = clock;
    }

    /**
     * Applies a status action; returns false for actions that are not about status (open, quit).
     *
     * @throws InvalidScheduleException when the schedule gives no end ("until the next window" with
     *     no window in the coming year); the message says so
     */
    public boolean apply(TrayAction action) {
        Instant now = clock.instant();
        OverridePlanner planner = new OverridePlanner(monitor.data().resolver());
        ManualOverride override;
        switch (action) {
            case FOCUS_30_MINUTES -> override = planner.forDuration(OverrideState.FOCUS, Duration.ofMinutes(30), now);
            case FOCUS_1_HOUR -> override = planner.forDuration(OverrideState.FOCUS, Duration.ofHours(1), now);
            case FOCUS_2_HOURS -> override = planner.forDuration(OverrideState.FOCUS, Duration.ofHours(2), now);
            case FOCUS_UNTIL_NEXT_WINDOW -> override = planner.focusUntilNextWindow(now);
            case FOCUS_UNTIL_END_OF_DAY -> override = planner.untilEndOfDay(OverrideState.FOCUS, now);
            case AVAILABLE_UNTIL_NEXT_CHANGE -> override = planner.availableUntilNextChange(now);
            case AVAILABLE_1_HOUR -> override = planner.forDuration(OverrideState.AVAILABLE, Duration.ofHours(1), now);
            case BACK_TO_SCHEDULE -> {
                monitor.clearOverride();
                return true;
            }
            default -> {
                return false;
            }
        }
        monitor.setOverride(override);
        return true;
    }
}
