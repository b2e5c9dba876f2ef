package org.reachable.cli;

import java.time.Instant;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.service.OverridePlanner;
import picocli.CommandLine.Command;

@Command(name = "focus", mixinStandardHelpOptions = true)
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
