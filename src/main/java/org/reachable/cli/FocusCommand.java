package org.reachable.cli;

import java.time.Instant;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.service.OverridePlanner;
import picocli.CommandLine.Command;

@Command(name = "focus", description = "Focus now: DURATION (30m, 1h, 90m, 2h…), until-next (window), "
        + "end-of-day, until-cleared, or off (back to schedule).")
final class FocusCommand extends OverrideCommand {

    @Override
    OverrideState state() {
        return OverrideState.FOCUS;
    }

    @Override
    ManualOverride untilNext(OverridePlanner planner, Instant now) {
        return planner.focusUntilNextWindow(now);
    }
}
