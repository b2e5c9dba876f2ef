package org.reachable.cli;

import java.time.Instant;
import java.util.Locale;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.service.DurationText;
import org.reachable.domain.service.OverridePlanner;
import org.reachable.domain.service.Workspace;
import picocli.CommandLine.Parameters;

/** {@code focus} and {@code available}: set (or clear) the manual override, as the tray does. */
abstract class OverrideCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "WHEN", descriptionKey = "when")
    String when;

    abstract OverrideState state();

    abstract ManualOverride untilNext(OverridePlanner planner, Instant now);

    @Override
    public Integer call() throws Exception {
        Workspace.Loaded loaded = load();
        Instant now = env().clock().instant();
        String w = when.trim().toLowerCase(Locale.ROOT);
        if (w.equals("off")) {
            workspace().overrides().clear();
            out().println(messages().get("override.cleared"));
            return 0;
        }
        OverridePlanner planner = new OverridePlanner(loaded.resolver());
        // a duration that is wrong or out of range is an InvalidScheduleException: exit 1, in the user's words
        ManualOverride override = switch (w) {
            case "until-next" -> untilNext(planner, now);
            case "end-of-day" -> planner.untilEndOfDay(state(), now);
            case "until-cleared" -> planner.untilCleared(state(), now);
            default -> planner.forDuration(state(), DurationText.parse(when.trim()), now);
        };
        workspace().overrides().save(override);
        Messages m = messages();
        String until = override.until() == null ? m.get("override.untilCleared")
                : m.when(override.until(), now, loaded.zone());
        out().println(m.get("override.set." + state().name(), until));
        return 0;
    }
}
