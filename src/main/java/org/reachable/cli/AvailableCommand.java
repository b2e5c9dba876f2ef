package org.reachable.cli;

import java.time.Instant;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.service.OverridePlanner;
import picocli.CommandLine.Command;

@Command(name = "available", mixinStandardHelpOptions = true)
final class AvailableCommand extends OverrideCommand {

    @Override
    OverrideState state() {
        return OverrideState.AVAILABLE;
    }

    @Override
    ManualOverride untilNext(OverridePlanner planner, Instant now) {
        return planner.availableUntilNextChange(now);
    }
}
