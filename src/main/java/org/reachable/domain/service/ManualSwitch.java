package org.reachable.domain.service;

import java.time.Clock;
import java.util.Optional;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ManualOverride;

/** Carries out an {@link OverrideRequest} ("focus now", "available now", "back to the schedule") on the running monitor. */
public final class ManualSwitch {

    private final StatusMonitor monitor;
    private final Clock clock;

    public ManualSwitch(StatusMonitor monitor, Clock clock) {
        this.monitor = monitor;
        this.clock = clock;
    }

    /**
     * Sets the override asked for, or clears it.
     *
     * @throws InvalidScheduleException when the schedule gives no end ("until the next window" with
     *     no window in the coming year); the message says so
     */
    public void apply(OverrideRequest request) {
        Optional<ManualOverride> override = request.plan(new OverridePlanner(monitor.data().resolver()),
                clock.instant());
        if (override.isPresent()) {
            monitor.setOverride(override.get());
        } else {
            monitor.clearOverride();
        }
    }
}
