package org.reachable.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ZoneGuess;
import org.reachable.domain.service.StarterData;
import org.reachable.domain.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand extends BaseCommand {

    @Option(names = "--example")
    boolean example;

    @Option(names = "--zone", paramLabel = "ZONE")
    String zone;

    @Override
    boolean makesDataDir() {
        return true;
    }

    @Override
    public Integer call() throws Exception {
        Workspace w = workspace();
        if (w.schedules().exists()) {
            throw new UserError(messages().get("init.exists"));
        }
        Schedule schedule = new StarterData(w).create(
                zone == null ? Optional.empty() : Optional.of(parseZone(zone, messages())), example,
                Language.of(Locale.getDefault()));
        ZoneId scheduleZone = schedule.zone();
        out().println(messages().get(example ? "init.example" : "init.empty", schedule.entries().size(),
                scheduleZone.getId()));
        return 0;
    }

    private static ZoneId parseZone(String id, Messages messages) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidScheduleException(ZoneGuess.of(id)
                    .map(guess -> Problem.of(ProblemKind.CLI_NOT_A_ZONE_GUESS, id, guess))
                    .orElseGet(() -> Problem.of(ProblemKind.CLI_NOT_A_ZONE, id)));
        }
    }
}
